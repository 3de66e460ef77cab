/** `chitieu agree A B`: two annotators' folders compared, as JSON and as a table; documents edited since are re-anchored. */
import { strict as assert } from 'node:assert';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { extract } from '../../src/engine';
import { makeAnchor } from '../../src/annotations/anchor';
import { serializeAnnotationFile } from '../../src/annotations/storeFormat';
import { textHash } from '../../src/annotations/textHash';
import type { Annotation } from '../../src/annotations/model';
import { entityAttributes, entityLabel } from '../../src/annotations/review';
import { cli } from './cliRunner';


const SEED = readFileSync(join(__dirname, '..', 'fixtures', 'seeds', '000_b8550bfa09380357.txt'), 'utf8');

describe('chitieu agree', () => {
  let base: string;
  const entities = extract(SEED).entities.slice(0, 6);
  const ann = (text: string, i: number, status: Annotation['status'], annotator: string, attrs?: Annotation['attrs']): Annotation => {
    const e = entities[i];
    const shift = text.length - SEED.length; // text = heading + SEED
    return { id: `${annotator}${i}`, label: entityLabel(e), status, attrs: attrs ?? entityAttributes(e), annotator, updated: '2026-12-01T00:00:00.000Z', ...makeAnchor(text, e.span[0] + shift, e.span[1] + shift) };
  };
  const annotate = (folder: string, text: string, anns: Annotation[], docText = text) => {
    mkdirSync(join(folder, '.chitieu', 'corpus'), { recursive: true });
    mkdirSync(join(folder, 'corpus'), { recursive: true });
    writeFileSync(join(folder, 'corpus', 'vp.txt'), docText);
    writeFileSync(join(folder, '.chitieu', 'corpus', 'vp.txt.json'), serializeAnnotationFile({ version: 1, document: 'corpus/vp.txt', annotations: anns, textHash: textHash(text) }));
  };

  beforeEach(() => {
    base = mkdtempSync(join(tmpdir(), 'chitieu-agree-'));
    // A annotated the text as it is; B annotated it before a heading was added on top (B's clone still has the old text).
    const now = 'Báo cáo\n\n' + SEED;
    annotate(join(base, 'a'), now, [ann(now, 0, 'confirmed', 'an'), ann(now, 1, 'confirmed', 'an'), ann(now, 2, 'rejected', 'an'), ann(now, 3, 'confirmed', 'an')]);
    annotate(join(base, 'b'), SEED, [ann(SEED, 0, 'confirmed', 'binh'), ann(SEED, 1, 'rejected', 'binh'), ann(SEED, 2, 'rejected', 'binh'), ann(SEED, 4, 'confirmed', 'binh')]);
  });
  afterEach(() => rmSync(base, { recursive: true, force: true }));

  it('--format json: the figures, and each disagreement with its place in the text (B re-anchored to the text A has)', async () => {
    const r = await cli('agree', join(base, 'a'), join(base, 'b', '.chitieu'), '--format', 'json');
    assert.equal(r.code, 0, r.err);
    const j = JSON.parse(r.out);
    assert.equal(j.documents, 1);
    // Both reviewed entities 0, 1, 2: agree on 0 (accepted) and 2 (rejected), not on 1.
    assert.equal(j.overall.reviewedByBoth, 3);
    assert.ok(typeof j.overall.kappa === 'number' && j.overall.kappa < 1 && j.overall.kappa > 0, String(j.overall.kappa));
    // Accepted: A 0, 1, 3; B 0, 4 → exact F1 2·1 / 5.
    assert.equal(j.overall.f1, 2 / 5);
    const kinds = j.disagreements.map((d: { kind: string; link: string }) => d.kind);
    assert.deepEqual(kinds, ['decision', 'only-a', 'only-b']);
    const d = j.disagreements[0];
    const offsetInA = entities[1].span[0] + 'Báo cáo\n\n'.length;
    assert.equal(d.start, offsetInA);
    const line = 'Báo cáo\n\n'.split('\n').length - 1 + SEED.slice(0, entities[1].span[0]).split('\n').length;
    assert.equal(d.link, `corpus/vp.txt:${line}:${d.column}`);
    assert.equal(j.disagreements[2].start, entities[4].span[0] + 'Báo cáo\n\n'.length, 'B re-anchored');
    assert.equal(d.a.annotator, 'an'); assert.equal(d.b.annotator, 'binh');
  });

  it('table: one row per label and overall, then the disagreements', async () => {
    const r = await cli('agree', join(base, 'a'), join(base, 'b'));
    assert.equal(r.code, 0, r.err);
    assert.match(r.out, /^overall\s+3\s+2\s+0\.400/m);
    assert.match(r.out, /3 disagreement\(s\):/);
    assert.match(r.out, /corpus\/vp\.txt:\d+:\d+ {2}decision/);
  });

  it('usage errors exit 2 and say what is wrong; an unreadable annotation file is reported and exits 1', async () => {
    assert.equal((await cli('agree', join(base, 'a'))).code, 2);
    assert.match((await cli('agree', join(base, 'a'), join(base, 'nope'))).err, /is not a folder/);
    assert.equal((await cli('agree', join(base, 'a'), join(base, 'b'), '--format', 'xml')).code, 2);
    assert.equal((await cli('agree', '--help')).code, 0);
    writeFileSync(join(base, 'b', '.chitieu', 'broken.txt.json'), '{ not json');
    const r = await cli('agree', join(base, 'a'), join(base, 'b'));
    assert.equal(r.code, 1);
    assert.match(r.err, /broken\.txt\.json: .*left out of the comparison/);
  });
});
