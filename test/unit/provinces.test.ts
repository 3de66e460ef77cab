import { strict as assert } from 'node:assert';
import { extract, type ProvinceEntity } from '../../src/engine';
import { PROVINCE_EXAMPLES } from '../examples/provinces.examples';

describe('province examples', () => {
  for (const ex of PROVINCE_EXAMPLES) {
    it(`${JSON.stringify(ex.text).slice(0, 90)} → ${ex.expect.join(', ') || 'none'}`, () => {
      const names = extract(ex.text).entities.filter((e): e is ProvinceEntity => e.type === 'province').map((p) => p.name);
      assert.deepEqual(names, ex.expect);
    });
  }
});
