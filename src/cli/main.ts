/**
 * chitieu CLI: runs the engine over files and folders (`extract`, streamed, on worker threads),
 * exports reviewed data sets (`export`) and converts PDF, Word and legacy-encoded files to UTF-8
 * text (`convert`). Each command has its module; this one only dispatches.
 *
 *   chitieu extract PATH... [--format json|jsonl|csv|tree] [--out FILE] [--jobs N] [--include GLOB] [--exclude GLOB]
 *   chitieu export PATH... --format xlsx|goals-csv|entities-csv|doccano|brat|json [--out FILE|DIR] …
 *   chitieu convert FILE... --out DIR   (convert.ts)
 *   chitieu agree A B [--format table|json] [--out FILE]   (agreement between two annotators: agree.ts)
 *   chitieu --version | --help, chitieu COMMAND --help
 */
import { runExtract } from './extract/command';
import { processIo, type CliIo } from './io';
import { runAgree } from './agree';
import { writeAtomically } from './files';
import { USAGE, VERSION } from './usage';

export { readText, walk } from './files';
export { documentDateOf, findRoot } from './documentDate';
export type { CliIo } from './io';

/** Runs a command; resolves to its exit code (0 ok, 1 some file or the output failed, 2 a wrong command line). */
export async function run(argv: readonly string[], io: CliIo): Promise<number> {
  const [command, ...args] = argv;
  if (command === undefined) { io.stderr(USAGE + '\n'); return 2; }
  if (command === '--help' || command === '-h') { io.stdout(USAGE + '\n'); return 0; }
  if (command === '--version' || command === '-V') { io.stdout(`chitieu ${VERSION}\n`); return 0; }
  if (command === 'extract') return runExtract(args, io);
  // Loaded only when asked for: extract's process does not hold the data-set writers (the Excel one is large).
  if (command === 'export') {
    // A require, not an import(): bundled, it runs the module only now; under tsx (the tests) too.
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const { runExport } = require('./exportCommand') as typeof import('./exportCommand');
    return runExport(args, io);
  }
  if (command === 'convert') {
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const { runConvert } = require('./convert') as typeof import('./convert');
    return runConvert(args, io);
  }
  if (command === 'agree') return runAgree(args, io, writeAtomically);
  io.stderr(`chitieu: unknown command '${command}'\n${USAGE}\n`);
  return 2;
}

if (require.main === module) {
  const io = processIo();
  void run(process.argv.slice(2), io).then((code) => {
    // For the bench (npm run bench): the peak resident size of the whole process, worker threads included.
    if (process.env.CHITIEU_REPORT_RSS) io.stderr(`chitieu: peak resident size ${(process.resourceUsage().maxRSS / 1024).toFixed(0)} MB\n`);
    process.exitCode = code;
  });
}
