/**
 * A fingerprint of a document's text, recorded in its annotation file with the annotations: when the
 * text read later has the same fingerprint, the annotations are where they were and are not
 * re-anchored. Two 32-bit FNV-1a hashes over the UTF-16 units (different offset bases) and the length:
 * `fnv1a64:<16 hex digits>:<length>`. Not cryptographic; a collision only costs a skipped re-anchoring.
 */
export function textHash(text: string): string {
  let a = 0x811c9dc5, b = 0x01000193 ^ 0x9e3779b9;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    a = Math.imul(a ^ c, 0x01000193);
    b = Math.imul(b ^ c, 0x01000193) ^ (b >>> 15);
  }
  const hex = (n: number) => (n >>> 0).toString(16).padStart(8, '0');
  return `fnv1a64:${hex(a)}${hex(b)}:${text.length}`;
}
