/**
 * Reads doccano sequence-labeling JSON Lines back, checking what doccano's import requires: one JSON
 * object a line, a non-empty `text`, `label` a list of `[start, end, label]` with integers
 * 0 <= start < end <= length of the text (code points unless the export says otherwise), a non-empty
 * label name. Every other key is metadata.
 */

export interface DoccanoRecord {
  text: string;
  label: Array<[number, number, string]>;
  /** The other keys (doccano keeps them as the example's metadata). */
  meta: Record<string, unknown>;
}

export function readDoccanoJsonl(jsonl: string): DoccanoRecord[] {
  if (jsonl === '') return [];
  if (!jsonl.endsWith('\n')) throw new Error('no final newline');
  // Python's str.splitlines() would also break at these: an export must not hold them raw.
  if (/[\r\u0085\u2028\u2029]/.test(jsonl)) throw new Error('a raw line-breaking character outside the LF line ends');
  return jsonl.slice(0, -1).split('\n').map((line, i) => {
    const row = JSON.parse(line) as Record<string, unknown>;
    if (typeof row !== 'object' || row === null || Array.isArray(row)) throw new Error(`line ${i + 1}: not an object`);
    const { text, label, ...meta } = row;
    if (typeof text !== 'string' || text === '') throw new Error(`line ${i + 1}: text missing or empty`);
    if (!Array.isArray(label)) throw new Error(`line ${i + 1}: label is not a list`);
    const unit = (meta.chitieu as { offsets?: string } | undefined)?.offsets ?? 'codepoint';
    const length = unit === 'utf16' ? text.length : [...text].length;
    for (const l of label) {
      if (!Array.isArray(l) || l.length !== 3) throw new Error(`line ${i + 1}: label entry ${JSON.stringify(l)} is not [start, end, label]`);
      const [s, e, name] = l;
      if (!Number.isInteger(s) || !Number.isInteger(e) || s < 0 || s >= e || e > length) {
        throw new Error(`line ${i + 1}: bad offsets ${JSON.stringify(l)} (text length ${length})`);
      }
      if (typeof name !== 'string' || name === '') throw new Error(`line ${i + 1}: bad label name ${JSON.stringify(l)}`);
    }
    return { text, label: label as Array<[number, number, string]>, meta };
  });
}

/** The text of a span, sliced by code points (Python's `text[start:end]`). */
export function sliceCodePoints(text: string, start: number, end: number): string {
  return [...text].slice(start, end).join('');
}
