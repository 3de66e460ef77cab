/**
 * The part of Node's `assert/strict` the in-host tests use, for the browser test bundle (esbuild aliases
 * `assert` here in scripts/build.mjs): the web extension host has no Node built-ins.
 */
class AssertionError extends Error {
  constructor(message: string, readonly actual?: unknown, readonly expected?: unknown) { super(message); this.name = 'AssertionError'; }
}
const show = (v: unknown) => { try { return typeof v === 'string' ? JSON.stringify(v) : JSON.stringify(v) ?? String(v); } catch { return String(v); } };
const fail = (message: string | Error | undefined, fallback: string, actual?: unknown, expected?: unknown): never => {
  if (message instanceof Error) throw message;
  throw new AssertionError(message ?? fallback, actual, expected);
};

function deepEq(a: unknown, b: unknown): boolean {
  if (Object.is(a, b)) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  if (Object.getPrototypeOf(a) !== Object.getPrototypeOf(b)) return false;
  if (a instanceof Date && b instanceof Date) return a.getTime() === b.getTime();
  if (a instanceof RegExp && b instanceof RegExp) return String(a) === String(b);
  if (a instanceof Map && b instanceof Map) return a.size === b.size && [...a].every(([k, v]) => b.has(k) && deepEq(v, b.get(k)));
  if (a instanceof Set && b instanceof Set) return a.size === b.size && [...a].every((v) => b.has(v));
  const ka = Object.keys(a), kb = Object.keys(b);
  if (ka.length !== kb.length) return false;
  return ka.every((k) => Object.prototype.hasOwnProperty.call(b, k) && deepEq((a as Record<string, unknown>)[k], (b as Record<string, unknown>)[k]));
}

function ok(value: unknown, message?: string | Error): asserts value {
  if (!value) fail(message, `expected a truthy value, got ${show(value)}`, value, true);
}
function equal<T>(actual: unknown, expected: T, message?: string | Error): asserts actual is T {
  if (!Object.is(actual, expected)) fail(message, `${show(actual)} !== ${show(expected)}`, actual, expected);
}
function notEqual(actual: unknown, expected: unknown, message?: string | Error): void {
  if (Object.is(actual, expected)) fail(message, `${show(actual)} should not be ${show(expected)}`, actual, expected);
}
function deepEqual<T>(actual: unknown, expected: T, message?: string | Error): asserts actual is T {
  if (!deepEq(actual, expected)) fail(message, `not deep-equal:\n  actual   ${show(actual)}\n  expected ${show(expected)}`, actual, expected);
}
function match(value: string, re: RegExp, message?: string | Error): void {
  if (typeof value !== 'string' || !re.test(value)) fail(message, `${show(value)} does not match ${re}`, value, re);
}
function doesNotMatch(value: string, re: RegExp, message?: string | Error): void {
  if (typeof value !== 'string' || re.test(value)) fail(message, `${show(value)} matches ${re}`, value, re);
}
function matches(e: unknown, expected: RegExp | ((e: unknown) => boolean) | object | undefined): boolean {
  if (expected === undefined) return true;
  if (expected instanceof RegExp) return expected.test(String((e as Error)?.message ?? e));
  if (typeof expected === 'function') return (expected as (e: unknown) => boolean)(e) !== false;
  return Object.entries(expected).every(([k, v]) => { const got = (e as Record<string, unknown>)?.[k]; return v instanceof RegExp ? v.test(String(got)) : deepEq(got, v); });
}
function throws(f: () => unknown, expected?: RegExp | ((e: unknown) => boolean) | object, message?: string | Error): void {
  try { f(); } catch (e) { if (!matches(e, expected)) fail(message, `the error does not match: ${(e as Error)?.message ?? e}`); return; }
  fail(message, 'missing expected exception');
}
async function rejects(p: Promise<unknown> | (() => Promise<unknown>), expected?: RegExp | ((e: unknown) => boolean) | object, message?: string | Error): Promise<void> {
  try { await (typeof p === 'function' ? p() : p); } catch (e) { if (!matches(e, expected)) fail(message, `the rejection does not match: ${(e as Error)?.message ?? e}`); return; }
  fail(message, 'missing expected rejection');
}

const assert = Object.assign((value: unknown, message?: string | Error) => ok(value, message), {
  ok, equal, strictEqual: equal, notEqual, notStrictEqual: notEqual, deepEqual, deepStrictEqual: deepEqual, match, doesNotMatch, throws, rejects,
  fail: (message?: string) => fail(message, 'failed'), AssertionError,
});
export const strict = assert;
export { ok, equal, equal as strictEqual, notEqual, deepEqual, deepEqual as deepStrictEqual, match, doesNotMatch, throws, rejects, AssertionError };
export default assert;
