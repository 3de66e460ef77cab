/**
 * The browser test bundle's entry point: webTestHook.ts (src/extension/platform) evaluates the bundle
 * in VS Code for the Web's extension host and calls `run`; the result has the shape of the Node test
 * hook's (platform/testHook.ts), so scripts/vscode/run-host-tests.mjs reads both alike.
 */
import { mocha, type MochaRunner } from './setup';

interface TestRecord { title: string; state: 'passed' | 'failed' | 'pending'; duration?: number }
interface Failure { title: string; message: string; stack?: string }

/**
 * Runs the tests. `report: true` (webTestHook.ts) resolves with the result whatever it is; without it
 * (`@vscode/test-web --extensionTestsPath`, which calls `run()`) it rejects when a test failed.
 */
export async function run(options: { grep?: string; timeout?: number; report?: boolean } = {}) {
  const started = Date.now();
  const result = { passed: 0, failed: 0, pending: 0, failures: [] as Failure[], tests: [] as TestRecord[], log: [] as string[], durationMs: 0 };
  const log = (s: string) => { result.log.push(s); };
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
  mocha.reporter(Reporter);
  mocha.timeout(options.timeout || 90000); // the in-host suites' own value: the browser's extension host is slower
  if (options.grep) mocha.grep(options.grep); // a string: matched literally, as by the Node hook
  await new Promise<void>((resolve) => { mocha.run(() => resolve()); });
  result.durationMs = Date.now() - started;
  if (!options.report) {
    for (const line of result.log) console.log(line);
    if (result.failed) throw new Error(`${result.failed} of ${result.passed + result.failed} tests failed`);
  }
  return result;
}
