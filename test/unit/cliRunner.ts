/** The CLI run in-process for tests: its exit code and what it wrote to stdout and stderr. */
import { run } from '../../src/cli/main';
import type { CliIo } from '../../src/cli/io';

export interface CliResult { code: number; out: string; err: string }

/** `chitieu ...argv`, with `extra` I/O (stdin, a terminal) where a test needs it. */
export async function runCli(argv: string[], extra: Partial<CliIo> = {}): Promise<CliResult> {
  let out = '', err = '';
  const code = await run(argv, { ...extra, stdout: (s) => { out += s; }, stderr: (s) => { err += s; } });
  return { code, out, err };
}

export const cli = (...argv: string[]): Promise<CliResult> => runCli(argv);
