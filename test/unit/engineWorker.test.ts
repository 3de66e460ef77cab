/** The engine's result crosses to the extension host as plain data: a structured clone loses nothing. */
import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { extract } from '../../src/engine';

const dir = path.join(__dirname, '..', 'fixtures', 'workspace');

describe('engine result through a worker (structured clone)', () => {
  for (const f of fs.readdirSync(dir).filter((n) => /\.(txt|md)$/.test(n))) {
    it(`${f}: the clone equals the result`, () => {
      const r = extract(fs.readFileSync(path.join(dir, f), 'utf8'), { referenceDate: '2024' });
      assert.deepStrictEqual(structuredClone(r), r);
    });
  }
  it('an empty text too', () => {
    const r = extract('');
    assert.deepStrictEqual(structuredClone(r), r);
  });
});
