/** What a command reads and writes: the process's streams, or a test's recorders. */
export interface CliIo {
  /** Writes to the standard output; `false` asks the writer to wait for `drained()` before writing more. */
  stdout(s: string): boolean | void;
  stderr(s: string): void;
  /** Resolves when the standard output has room again (after `stdout` returned false). */
  drained?(): Promise<void>;
  /** The whole standard input (for the path `-`). */
  readStdin?(): Promise<Uint8Array>;
  /** Whether stderr is a terminal: progress is shown then, and colour unless NO_COLOR is set. */
  stderrIsTTY?: boolean;
  /** The environment (NO_COLOR); default: none. */
  env?: Readonly<Record<string, string | undefined>>;
}

/** The process's own streams. A closed pipe on stdout (`chitieu extract … | head`) ends the run quietly. */
export function processIo(): CliIo {
  process.stdout.on('error', (e: NodeJS.ErrnoException) => {
    if (e.code !== 'EPIPE') process.stderr.write(`chitieu: cannot write to the standard output (${e.code ?? e.message})\n`);
    process.exit(e.code === 'EPIPE' ? 0 : 1);
  });
  return {
    stdout: (s) => process.stdout.write(s),
    stderr: (s) => { process.stderr.write(s); },
    drained: () => new Promise((resolve) => process.stdout.once('drain', resolve)),
    readStdin: async () => {
      const chunks: Buffer[] = [];
      for await (const c of process.stdin) chunks.push(c as Buffer);
      return Buffer.concat(chunks);
    },
    stderrIsTTY: process.stderr.isTTY === true,
    env: process.env,
  };
}
