/**
 * First module of the browser test bundle (out/test/web/tests.js): mocha's browser build, set up for
 * the bdd interface, so that `describe`, `it`, `before`… are globals when the test modules after it run.
 */
// eslint-disable-next-line @typescript-eslint/no-require-imports
const mocha = require('mocha/mocha.js') as BrowserMocha;

export interface MochaTest { fullTitle(): string; duration?: number }
export interface MochaRunner { on(event: 'pass' | 'pending', f: (t: MochaTest) => void): void; on(event: 'fail', f: (t: MochaTest, err: Error) => void): void }
export interface BrowserMocha {
  setup(opts: Record<string, unknown>): BrowserMocha;
  reporter(r: unknown): BrowserMocha;
  grep(re: RegExp | string): BrowserMocha;
  timeout(ms: number): BrowserMocha;
  run(done: (failures: number) => void): unknown;
}

mocha.setup({ ui: 'bdd', color: false });
(globalThis as { chitieuWebTests?: boolean }).chitieuWebTests = true;
export { mocha };
