/**
 * A command's options, read with Node's `util.parseArgs` (its tokens, so that every mistake gets
 * chitieu's own message): `--name VALUE`, `--name=VALUE`, `-x VALUE`, `-xVALUE`; `--` ends the
 * options (what follows is paths, even when it starts with `-`); `-` alone is a path (stdin).
 */
import { parseArgs } from 'node:util';
import { encodingNamed, GIVEN_ENCODINGS } from '../sources/encodings/detect';

export interface OptionSpec {
  short?: string;
  /** A flag takes no value. */
  flag?: boolean;
  /** May be given several times (values collected in order). */
  multiple?: boolean;
  /** Says what is wrong with a value (undefined: the value is missing), or undefined when it is fine. */
  check?(value: string | undefined): string | undefined;
}

export type ParsedValues = Record<string, string | string[] | boolean | undefined>;

export type Parsed =
  | { ok: true; values: ParsedValues; paths: string[]; help: boolean }
  | { ok: false; problem: string };

/** Options every command has. */
const COMMON: Record<string, OptionSpec> = { help: { short: 'h', flag: true } };

export function parseCommandArgs(args: readonly string[], spec: Record<string, OptionSpec>): Parsed {
  const all = { ...COMMON, ...spec };
  const options: Record<string, { type: 'string' | 'boolean'; short?: string; multiple?: boolean }> = {};
  for (const [name, s] of Object.entries(all)) {
    options[name] = { type: s.flag ? 'boolean' : 'string', multiple: s.multiple === true };
    if (s.short) options[name].short = s.short;
  }
  const { tokens } = parseArgs({ args: [...args], options, allowPositionals: true, strict: false, tokens: true });
  const values: ParsedValues = {};
  const paths: string[] = [];
  let help = false;
  for (const t of tokens) {
    if (t.kind === 'positional') { paths.push(t.value); continue; }
    if (t.kind === 'option-terminator') continue;
    const s = all[t.name];
    if (!s) return { ok: false, problem: `unknown option '${t.rawName}'` };
    if (s.flag) {
      if (t.value !== undefined) return { ok: false, problem: `${t.rawName} takes no value` };
      if (t.name === 'help') help = true; else values[t.name] = true;
      continue;
    }
    // Not strict: `--out --format` would take `--format` as the value; a value that looks like an
    // option must be written `--out=--format`.
    const value = t.value === undefined || (!t.inlineValue && t.value.startsWith('-') && t.value !== '-') ? undefined : t.value;
    const problem = s.check?.(value) ?? (value === undefined ? `${t.rawName} needs a value` : undefined);
    if (problem) return { ok: false, problem };
    if (value === undefined) continue;
    if (s.multiple) values[t.name] = [...((values[t.name] as string[] | undefined) ?? []), value];
    else values[t.name] = value;
  }
  return { ok: true, values, paths, help };
}

export const checkReferenceDate = (v: string | undefined) => (v && /^\d{4}(-\d{2}(-\d{2})?)?$/.test(v) ? undefined : '--reference-date takes YYYY, YYYY-MM or YYYY-MM-DD');

/** `--encoding NAME`: one of the encodings the source layer decodes (aliases such as cp1258, utf8, abc too). */
export const checkEncoding = (v: string | undefined) => (v && encodingNamed(v) ? undefined
  : v ? `unknown encoding '${v}': --encoding takes one of ${GIVEN_ENCODINGS.join(', ')}` : `--encoding needs a name (${GIVEN_ENCODINGS.join(', ')})`);
