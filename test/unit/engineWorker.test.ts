/** The engine's result crosses to the extension host as plain data: a structured clone loses nothing; a file sent as its path is read, decoded and analysed in the worker. */
import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { extract } from '../../src/engine';
import { answer, answerFile, answerText, fromWire, toWire, type FileRequest, type ReadBytes, type WorkerReply } from '../../src/extension/model/engineProtocol';
import { sameStamp, type FileStamp } from '../../src/extension/platform/fileStamp';

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

describe('engine result through a worker as JSON text (toWire, fromWire)', () => {
  const sets = ['workspace', 'seeds', 'more', 'third'].map((d) => path.join(__dirname, '..', 'fixtures', d)).filter((d) => fs.existsSync(d));
  for (const d of sets) {
    it(`${path.basename(d)}: every result read back equals the engine's (no undefined, NaN or Infinity lost on the way)`, () => {
      let n = 0;
      for (const f of fs.readdirSync(d).filter((x) => /\.(txt|md)$/.test(x))) {
        const text = fs.readFileSync(path.join(d, f), 'utf8');
        for (const options of [{ referenceDate: '2024' }, { referenceDate: '2024', goals: false }]) {
          const reply = answer({ id: 1, text, options });
          assert.deepStrictEqual(fromWire(toWire(reply)), reply, f);
          n++;
        }
        const steps: WorkerReply[] = [];
        answerText({ id: 2, text, options: {}, inSteps: true }, (r) => steps.push(fromWire(toWire(r))));
        const plain: WorkerReply[] = [];
        answerText({ id: 2, text, options: {}, inSteps: true }, (r) => plain.push(r));
        const noMs = (rs: WorkerReply[]) => rs.map((r) => ({ ...r, ms: 0 }));
        assert.deepStrictEqual(noMs(steps), noMs(plain), `${f}, in steps`);
      }
      assert.ok(n > 0);
    });
  }
  it('a file\'s outcome: the text left out when not asked for (no key then)', () => {
    const reply = answerFile({ id: 7, file: '/w/a.txt', options: {}, enable: 'always', maxBytes: 1000, wantText: false }, () => ({ bytes: new TextEncoder().encode('Phấn đấu đến năm 2030 đạt 5%.') }));
    const back = fromWire(toWire(reply));
    assert.ok('file' in back && back.file.kind === 'analysed' && !('text' in back.file));
    assert.ok('file' in reply && reply.file.kind === 'analysed');
    assert.deepStrictEqual(back.file.kind === 'analysed' && back.file.result, reply.file.kind === 'analysed' && reply.file.result);
  });
});

describe('a file read and analysed in the engine\'s worker (answerFile)', () => {
  const vi = 'Tỉnh phấn đấu đến năm 2030, tổng vốn đầu tư đạt khoảng 450 nghìn tỷ đồng; tốc độ tăng trưởng bình quân 10%/năm.';
  const ask = (over: Partial<FileRequest> = {}): FileRequest => ({ id: 7, file: '/w/a.txt', options: { referenceDate: '2024' }, enable: 'auto', maxBytes: 1 << 20, wantText: false, ...over });
  const disk = (bytes: Uint8Array): ReadBytes => (_file, maxBytes) => (bytes.length > maxBytes ? { tooLarge: bytes.length } : { bytes });
  const utf8 = (s: string) => new TextEncoder().encode(s);

  it('analyses a UTF-8 file as the extension host would its text, and sends the text back only when asked', () => {
    const reply = answerFile(ask(), disk(utf8(vi)));
    assert.ok('file' in reply && reply.file.kind === 'analysed');
    assert.deepStrictEqual(reply.file.result, extract(vi, { referenceDate: '2024' }));
    assert.equal(reply.file.text, undefined);
    const withText = answerFile(ask({ wantText: true }), disk(utf8('\ufeff' + vi)));
    assert.ok('file' in withText && withText.file.kind === 'analysed');
    assert.equal(withText.file.text, vi, 'a UTF-8 BOM is dropped, as VS Code drops it');
    assert.equal(withText.id, 7);
  });

  it('leaves the entities out when they are not wanted (the index keeps only the goals of a document without annotations)', () => {
    const full = extract(vi, { referenceDate: '2024' });
    assert.ok(full.entities.length > 0 && full.goals.length > 0);
    const reply = answerFile(ask({ wantEntities: false }), disk(utf8(vi)));
    assert.ok('file' in reply && reply.file.kind === 'analysed');
    assert.deepStrictEqual(reply.file.result, { ...full, entities: [] }, 'everything else as the engine gives it');
    assert.equal(reply.file.withoutEntities, true);
    const kept = answerFile(ask({ wantEntities: true }), disk(utf8(vi)));
    assert.ok('file' in kept && kept.file.kind === 'analysed' && kept.file.withoutEntities === undefined);
    assert.deepStrictEqual(kept.file.result, full);
  });

  it('sends a large text back whole, its text and entities, whatever the index asked (an editor that opens it takes that analysis)', () => {
    const full = extract(vi, { referenceDate: '2024' });
    const whole = answerFile(ask({ wantEntities: false, wholeAbove: vi.length }), disk(utf8(vi)));
    assert.ok('file' in whole && whole.file.kind === 'analysed');
    assert.equal(whole.file.text, vi);
    assert.equal(whole.file.withoutEntities, undefined);
    assert.deepStrictEqual(whole.file.result, full);
    const small = answerFile(ask({ wantEntities: false, wholeAbove: vi.length + 1 }), disk(utf8(vi)));
    assert.ok('file' in small && small.file.kind === 'analysed');
    assert.equal(small.file.text, undefined, 'a text under the size: as asked');
    assert.deepStrictEqual(small.file.result, { ...full, entities: [] });
  });

  it('decodes UTF-16 with a byte order mark', () => {
    const le = new Uint8Array(2 + vi.length * 2);
    le[0] = 0xff; le[1] = 0xfe;
    for (let i = 0; i < vi.length; i++) { le[2 + 2 * i] = vi.charCodeAt(i) & 0xff; le[3 + 2 * i] = vi.charCodeAt(i) >> 8; }
    const reply = answerFile(ask({ wantText: true }), disk(le));
    assert.ok('file' in reply && reply.file.kind === 'analysed' && reply.file.text === vi);
  });

  it('hands a legacy-encoded file back to the extension host (the source layer detects its encoding)', () => {
    const tcvn3 = new Uint8Array([0x54, 0xb8, 0x6e, 0x68, 0x20, 0x70, 0x68, 0xb5, 0x6e]); // not valid UTF-8
    assert.deepStrictEqual(answerFile(ask(), disk(tcvn3)), { id: 7, file: { kind: 'readOnHost' }, ms: 0 });
  });

  it('applies chitieu.enable: not Vietnamese under auto, anything under always, nothing under never', () => {
    const en = utf8('The province aims to reach 450 trillion dong of investment by 2030, with growth of ten percent a year.');
    assert.deepStrictEqual(answerFile(ask(), disk(en)), { id: 7, file: { kind: 'notAnalysed' }, ms: 0 });
    const always = answerFile(ask({ enable: 'always' }), disk(en));
    assert.ok('file' in always && always.file.kind === 'analysed');
    assert.deepStrictEqual(answerFile(ask({ enable: 'never' }), disk(utf8(vi))), { id: 7, file: { kind: 'notAnalysed' }, ms: 0 });
  });

  it('passes the file\'s stamp on, and does not read a file that still has the stamp it is asked about (the index\'s cache)', () => {
    const stamp: FileStamp = [10, 1000, 1000, 42];
    const stamped = (s: FileStamp): ReadBytes => (_file, _max, unchangedIf) => (unchangedIf && sameStamp(unchangedIf, s) ? { unchanged: true } : { bytes: utf8(vi), stamp: s });
    const reply = answerFile(ask({ wantEntities: false }), stamped(stamp));
    assert.ok('file' in reply && reply.file.kind === 'analysed');
    assert.deepEqual(reply.file.stamp, stamp);
    assert.deepStrictEqual(answerFile(ask({ unchangedIf: stamp }), stamped(stamp)), { id: 7, file: { kind: 'unchanged' }, ms: 0 });
    const changed = answerFile(ask({ unchangedIf: stamp }), stamped([10, 1000, 1001, 42]));
    assert.ok('file' in changed && changed.file.kind === 'analysed', 'changed: read and analysed');
    const en = answerFile(ask(), () => ({ bytes: utf8('The province aims to reach 450 trillion dong of investment by 2030.'), stamp }));
    assert.deepStrictEqual(en, { id: 7, file: { kind: 'notAnalysed', stamp }, ms: 0 }, 'what was not analysed is recorded too');
  });

  it('says a file is too large without reading it, and why a file cannot be read', () => {
    assert.deepStrictEqual(answerFile(ask({ maxBytes: 10 }), disk(utf8(vi))), { id: 7, file: { kind: 'tooLarge', size: utf8(vi).length }, ms: 0 });
    const gone: ReadBytes = () => { throw new Error('ENOENT: no such file or directory'); };
    assert.deepStrictEqual(answerFile(ask(), gone), { id: 7, file: { kind: 'unreadable', message: 'ENOENT: no such file or directory' }, ms: 0 });
  });
});

describe('a text answered in two steps (answerText): the entities first, then the goals', () => {
  const dir2 = path.join(__dirname, '..', 'fixtures', 'seeds');
  for (const f of fs.readdirSync(dir2).filter((n) => n.endsWith('.txt'))) {
    it(`${f}: the two replies make up extract()'s result`, () => {
      const text = fs.readFileSync(path.join(dir2, f), 'utf8');
      const whole = extract(text, { referenceDate: '2024' });
      const replies: WorkerReply[] = [];
      answerText({ id: 3, text, options: { referenceDate: '2024' }, inSteps: true }, (r) => replies.push(structuredClone(r)));
      assert.equal(replies.length, 2);
      const [first, second] = replies;
      assert.ok('partial' in first && 'goals' in second && first.id === 3 && second.id === 3);
      assert.deepStrictEqual(first.partial.goals, [], 'no goals in the first reply');
      assert.ok(whole.goals.length > 0, 'a text with goals');
      assert.deepStrictEqual({ ...first.partial, goals: second.goals }, whole);
    });
  }
  it('one reply when not asked in steps, or when goals are not wanted', () => {
    const text = 'Phấn đấu đến năm 2030 đạt 5%.';
    for (const m of [{ id: 1, text, options: {} }, { id: 1, text, options: { goals: false }, inSteps: true }]) {
      const replies: WorkerReply[] = [];
      answerText(m, (r) => replies.push(r));
      assert.equal(replies.length, 1);
      assert.ok('result' in replies[0]);
      assert.deepStrictEqual(replies[0].result, extract(text, m.options));
    }
  });
});
