/** The include/exclude globs (src/shared/globs.ts): VS Code's glob syntax, matched against paths relative to the folder searched. */
import { strict as assert } from 'node:assert';
import { compileGlobs, expandBraces, GlobError, matchesGlob, MAX_ALTERNATIVES } from '../../src/shared/globs';

const EXAMPLES: Array<[pattern: string, path: string, matches: boolean]> = [
  ['**/*.txt', 'a.txt', true], // ** is also no folder at all
  ['**/*.txt', 'x/y/a.txt', true],
  ['**/*.txt', 'a.md', false],
  ['**/*.txt', 'a.TXT', false], // case-sensitive, as VS Code
  ['*.txt', 'a.txt', true],
  ['*.txt', 'x/a.txt', false], // * stays in one segment
  ['x/*.txt', 'x/a.txt', true],
  ['x/*.txt', 'x/y/a.txt', false],
  ['**/node_modules/**', 'node_modules/a.txt', true],
  ['**/node_modules/**', 'x/node_modules/b/a.txt', true],
  ['**/node_modules/**', 'x/node_modulesx/a.txt', false],
  ['**/drafts', 'a/drafts', true], // a folder's own path
  ['{a,b}/**/*.md', 'b/c/d.md', true],
  ['{a,b}/**/*.md', 'c/d.md', false],
  ['**/*.{txt,md}', 'p/q.md', true],
  ['**/*.{txt,md}', 'p/q.json', false],
  ['{**/x,y/{a,b}}.txt', 'y/b.txt', true],
  ['[0-9]*.txt', '5x.txt', true],
  ['[0-9]*.txt', 'x5.txt', false],
  ['[!0-9]*.txt', '5x.txt', false],
  ['[^0-9]*.txt', 'x5.txt', true],
  ['a?c.txt', 'abc.txt', true],
  ['a?c', 'a/c', false], // ? is not a folder separator
  ['./docs/*.txt', 'docs/a.txt', true],
  ['\\*.txt', '*.txt', true],
  ['\\*.txt', 'a.txt', false],
  ['[abc', '[abc', true], // an unclosed class is literal
  ['*a*a*a*a*a*b', 'a'.repeat(2000), false], // no exponential backtracking
  ['**/**/**/**/**/x', 'a/'.repeat(300) + 'y', false],
];

describe('globs (include/exclude)', () => {
  for (const [pattern, path, expected] of EXAMPLES) {
    it(`${pattern} ${expected ? 'matches' : 'does not match'} ${path.length > 40 ? path.slice(0, 20) + '…' : path}`, () => {
      assert.equal(matchesGlob(path, pattern), expected);
    });
  }

  it('any of several patterns', () => {
    const m = compileGlobs(['**/*.txt', 'notes/*.md']);
    assert.deepEqual(['a.txt', 'notes/b.md', 'c.md', 'x/notes/b.md'].map(m), [true, true, false, false]);
    assert.equal(compileGlobs([])('a.txt'), false);
  });

  it('expands braces, nested ones too, and refuses an explosion', () => {
    assert.deepEqual(expandBraces('a{b,c{d,e}}f'), ['abf', 'acdf', 'acef']);
    assert.deepEqual(expandBraces('no-braces'), ['no-braces']);
    assert.throws(() => expandBraces('{a,b}'.repeat(9)), GlobError); // 512 > MAX_ALTERNATIVES
    assert.equal(expandBraces('{a,b}'.repeat(8)).length, MAX_ALTERNATIVES);
  });

  it('costs at most pattern × path steps: a long path against many stars and globstars is decided', () => {
    // Counted, not timed: the matcher returns on inputs where a backtracking regex would not.
    const path = 'a/'.repeat(200) + 'a'.repeat(500);
    assert.equal(matchesGlob(path, '**/' + '*a'.repeat(30) + 'b'), false);
    assert.equal(matchesGlob(path, '**/' + '*a'.repeat(30)), true);
  });
});
