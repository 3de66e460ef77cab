/**
 * Evaluates a CommonJS bundle of the extension's own (the browser build's lazily loaded parts, such as
 * dist/web/pdfReader.js) and returns its exports. VS Code for the Web's extension host loads extensions
 * the same way (`new Function('module', 'exports', 'require', source)`), so its CSP allows it. The
 * bundle sees no `require`, `process`, `Buffer` or `global`, as in the browser: in Node (the unit tests)
 * this makes pdf.js take its browser path too. No `vscode` here.
 */
export function evaluateBundle<T>(source: string, name: string): T {
  const module = { exports: {} as Partial<T> };
  const run = new Function('module', 'exports', 'require', 'process', 'Buffer', 'global', `${source}\n//# sourceURL=${name}`) as
    (m: typeof module, e: Partial<T>, ...absent: undefined[]) => void;
  run(module, module.exports, undefined, undefined, undefined, undefined);
  return module.exports as T;
}
