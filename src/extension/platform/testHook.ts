/**
 * In-host test entry: when the environment names a test folder (CHITIEU_TEST_ENTRY), the extension
 * runs those mocha tests inside the real extension host and writes the results as JSON to
 * CHITIEU_TEST_RESULT. Mocha is loaded from CHITIEU_MOCHA_PATH (the project's devDependency), never
 * bundled. Used by scripts/vscode/run-host-tests.mjs; inert for users.
 */
import * as fs from 'fs';
import * as path from 'path';

interface TestRecord { title: string; state: 'passed' | 'failed' | 'pending'; duration?: number }
interface Failure { title: string; message: string; stack?: string }
export interface HostTestResult { passed: number; failed: number; pending: number; failures: Failure[]; tests: TestRecord[]; log: string[]; durationMs: number; host: Record<string, unknown> }

interface MochaTest { fullTitle(): string; duration?: number }
interface MochaRunner { on(event: 'pass' | 'pending', f: (t: MochaTest) => void): void; on(event: 'fail', f: (t: MochaTest, err: Error) => void): void }
interface MochaInstance { addFile(f: string): void; loadFilesAsync(): Promise<void>; run(done: (failures: number) => void): void }
type MochaCtor = new (opts: Record<string, unknown>) => MochaInstance;

function listTests(entry: string): string[] {
  if (fs.statSync(entry).isFile()) return [entry];
  const out: string[] = [];
  const walk = (d: string) => {
    for (const e of fs.readdirSync(d, { withFileTypes: true })) {
      const p = path.join(d, e.name);
      if (e.isDirectory()) walk(p); else if (/\.test\.c?js$/.test(e.name)) out.push(p);
    }
  };
  walk(entry);
  return out.sort();
}

export async function runHostTests(env: NodeJS.ProcessEnv, host: Record<string, unknown>): Promise<HostTestResult> {
  const entry = env.CHITIEU_TEST_ENTRY as string;
  const resultPath = env.CHITIEU_TEST_RESULT || path.join(path.dirname(entry), 'chitieu-test-result.json');
  const started = Date.now();
  const result: HostTestResult = { passed: 0, failed: 0, pending: 0, failures: [], tests: [], log: [], durationMs: 0, host };
  const log = (s: string) => { result.log.push(s); };
  try {
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const Mocha = require(env.CHITIEU_MOCHA_PATH || 'mocha') as MochaCtor;
    const Reporter = function (this: unknown, runner: MochaRunner) {
      runner.on('pass', (t) => { result.passed++; result.tests.push({ title: t.fullTitle(), state: 'passed', duration: t.duration }); log(`  ✓ ${t.fullTitle()} (${t.duration ?? 0}ms)`); });
      runner.on('pending', (t) => { result.pending++; result.tests.push({ title: t.fullTitle(), state: 'pending' }); log(`  - ${t.fullTitle()}`); });
      runner.on('fail', (t, err) => {
        result.failed++;
        result.failures.push({ title: t.fullTitle(), message: String(err?.message ?? err), stack: err?.stack });
        result.tests.push({ title: t.fullTitle(), state: 'failed', duration: t.duration });
        log(`  ✗ ${t.fullTitle()}: ${err?.message}`);
      });
    };
    const mocha = new Mocha({ ui: 'bdd', timeout: Number(env.CHITIEU_TEST_TIMEOUT) || 30000, color: false, reporter: Reporter, grep: env.CHITIEU_TEST_GREP || undefined });
    const files = listTests(entry);
    if (!files.length) throw new Error(`no *.test.js files under ${entry}`);
    for (const f of files) mocha.addFile(f);
    await mocha.loadFilesAsync();
    await new Promise<void>((resolve) => mocha.run(() => resolve()));
  } catch (e) {
    result.failed++;
    result.failures.push({ title: '<runner>', message: String((e as Error)?.message ?? e), stack: (e as Error)?.stack });
    log(`runner error: ${(e as Error)?.stack ?? e}`);
  }
  result.durationMs = Date.now() - started;
  fs.mkdirSync(path.dirname(resultPath), { recursive: true });
  const tmp = `${resultPath}.${process.pid}.tmp`;
  fs.writeFileSync(tmp, JSON.stringify(result, null, 2));
  fs.renameSync(tmp, resultPath);
  return result;
}
