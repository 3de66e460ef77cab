/**
 * A Map that counts its changes (so what is derived from it is made again only when it changed), and
 * apart from them the changes of its set of keys (a key added or removed).
 */
export class VersionedMap<K, V> extends Map<K, V> {
  version = 0;
  keysVersion = 0;
  override set(k: K, v: V): this { this.version++; if (!this.has(k)) this.keysVersion++; return super.set(k, v); }
  override delete(k: K): boolean { this.version++; const had = super.delete(k); if (had) this.keysVersion++; return had; }
  override clear(): void { this.version++; this.keysVersion++; super.clear(); }
}
