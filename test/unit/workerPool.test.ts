/**
 * The engine's worker pool (src/extension/model/analyzer.ts): a workspace is indexed on every core,
 * a single document costs one worker. The workers here are stand-ins that answer when told, so the
 * test sees where each request went; the real worker is tested in the extension host.
 */
import * as assert from 'assert';
import { createAnalyzer, WorkerPool } from '../../src/extension/model/analyzer';
import type { EngineWorkerLink } from '../../src/extension/model/analyzer';
import { toWire, type WireReply, type WorkerReply, type WorkerRequest } from '../../src/extension/model/engineProtocol';
import type { Log } from '../../src/extension/platform/log';

/** A stand-in worker; its answer to `text k` has `documentYear: k`, so a test sees which request an answer reached. */
interface FakeWorker { link: EngineWorkerLink; asked: WorkerRequest[]; reply(m: WorkerRequest, ms?: number): void; send(r: WorkerReply): void; die(): void }

function fakeWorkers(limit = Infinity): { start: () => EngineWorkerLink; started: FakeWorker[] } {
  const started: FakeWorker[] = [];
  const start = () => {
    if (started.length >= limit) throw new Error('no more workers here');
    let listener: (m: WireReply) => void = () => undefined;
    let ended: (why: string) => void = () => undefined;
    const w: FakeWorker = {
      asked: [],
      link: { post: (m) => { w.asked.push(m); }, onMessage: (f) => { listener = f; }, onEnd: (f) => { ended = f; }, terminate: () => undefined },
      reply: (m, ms = 1) => listener(toWire('text' in m
        ? { id: m.id, result: { provinces: [], entities: [], goals: [], documentYear: Number(m.text.split(' ')[1]) }, ms }
        : { id: m.id, file: { kind: 'tooLarge', size: m.maxBytes + 1 }, ms })),
      send: (r) => listener(toWire(r)),
      die: () => ended('stopped (exit code 1)'),
    };
    started.push(w);
    return w.link;
  };
  return { start, started };
}

const warnings: string[] = [];
const log = { info: () => undefined, warn: (m: string) => { warnings.push(m); }, error: (m: string) => { warnings.push(m); } } as unknown as Log;
const fileAsk = (file: string) => ({ file, options: {}, enable: 'auto' as const, maxBytes: 100, wantText: false });

describe('engine worker pool', () => {
  it('one document at a time uses one worker', async () => {
    const { start, started } = fakeWorkers();
    const a = createAnalyzer(start, log, 4);
    for (let k = 0; k < 3; k++) {
      const p = a.analyse(`text ${k}`, {});
      started[0].reply(started[0].asked[k]);
      await p;
    }
    assert.equal(started.length, 1);
  });

  it('a burst starts workers up to the limit, then goes to the one with the fewest waiting', async () => {
    const { start, started } = fakeWorkers();
    const a = createAnalyzer(start, log, 3) as WorkerPool;
    const answers = Array.from({ length: 6 }, (_, k) => a.analyse(`text ${k}`, {}));
    assert.equal(a.size, 3);
    assert.deepEqual(started.map((w) => w.asked.map((m) => ('text' in m ? m.text : m.file))), [['text 0', 'text 3'], ['text 1', 'text 4'], ['text 2', 'text 5']]);
    // Answers in any order reach the request they answer.
    for (const w of [...started].reverse()) for (const m of [...w.asked].reverse()) w.reply(m, 10);
    const results = await Promise.all(answers);
    assert.deepEqual(results.map((r) => r.documentYear), [0, 1, 2, 3, 4, 5]);
    assert.equal(a.engineMs, 60);
  });

  it('each answer goes to its own request', async () => {
    const { start, started } = fakeWorkers();
    const a = createAnalyzer(start, log, 2);
    const p1 = a.analyse('text 1', {}), p2 = a.analyse('text 2', {});
    // Both workers number their requests from 1: the answers must still reach the right caller.
    assert.deepEqual(started.map((w) => w.asked[0].id), [1, 1]);
    started[1].reply(started[1].asked[0]);
    started[0].reply(started[0].asked[0]);
    assert.equal((await p1).documentYear, 1);
    assert.equal((await p2).documentYear, 2);
  });

  it('when no further worker can be started, the ones there are take the work (and the log says so once)', async () => {
    warnings.length = 0;
    const { start, started } = fakeWorkers(2);
    const a = createAnalyzer(start, log, 4) as WorkerPool;
    const answers = Array.from({ length: 5 }, (_, k) => a.analyse(`text ${k}`, {}));
    assert.equal(a.size, 2);
    assert.deepEqual(started.map((w) => w.asked.length), [3, 2]);
    assert.equal(warnings.filter((w) => w.includes('no further analysis worker')).length, 1);
    for (const w of started) for (const m of w.asked) w.reply(m);
    assert.equal((await Promise.all(answers)).length, 5);
  });

  it('a request in steps: the entities reach their caller first, then the same object resolves with its goals', async () => {
    const { start, started } = fakeWorkers();
    const a = createAnalyzer(start, log, 2) as WorkerPool;
    const firsts: Array<{ goals: unknown[] }> = [];
    const p = a.analyse('text 5', {}, (partial) => firsts.push(partial));
    const asked = started[0].asked[0];
    assert.ok('inSteps' in asked && asked.inSteps, 'asked in steps');
    // The stand-in's listener: answer in two replies.
    const partial = { provinces: [], entities: [], goals: [], documentYear: 5 };
    const goal = { province: null, indicator: 'x', quantitative: true, span: [0, 1], evidence: 'x', rule: 'goal.target' };
    started[0].send({ id: asked.id, partial, ms: 2 });
    // The goals may come before the entities are told (in a turn of their own): they wait for it.
    started[0].send({ id: asked.id, goals: [goal], ms: 3 } as unknown as WorkerReply);
    assert.equal(firsts.length, 0, 'not in the turn that read the reply');
    await new Promise((r) => setTimeout(r, 0));
    assert.equal(firsts.length, 1);
    const r = await p;
    assert.equal(r, firsts[0], 'the same object');
    assert.deepEqual(r.goals, [goal]);
    assert.equal(a.engineMs, 5);
    // Without a listener, one reply as before.
    const q = a.analyse('text 6', {});
    const asked2 = started[0].asked[1];
    assert.ok(!('inSteps' in asked2));
    started[0].reply(asked2);
    assert.equal((await q).documentYear, 6);
  });

  it('without workers the engine runs in-process', async () => {
    const a = createAnalyzer(undefined, log, 4);
    assert.equal(a.kind, 'in-process');
    const r = await a.analyse('Phấn đấu đến năm 2030 đạt 5%.', {});
    assert.ok(r.entities.length > 0);
    assert.ok(a.engineMs > 0);
  });

  it('a file goes to a worker that reads files, as its path (the extension host reads nothing)', async () => {
    const { start, started } = fakeWorkers();
    const a = createAnalyzer(start, log, 2, true);
    const p = a.analyseFile(fileAsk('/w/a.txt'));
    assert.deepEqual(started[0].asked, [{ id: 1, ...fileAsk('/w/a.txt') }]);
    started[0].reply(started[0].asked[0]);
    assert.deepEqual(await p, { kind: 'tooLarge', size: 101 });
  });

  it('a worker that reads no files (the browser\'s), or the in-process engine, hands the file back to the extension host', async () => {
    const { start, started } = fakeWorkers();
    assert.deepEqual(await createAnalyzer(start, log, 2).analyseFile(fileAsk('/w/a.txt')), { kind: 'readOnHost' });
    assert.equal(started[0].asked.length, 0);
    assert.deepEqual(await createAnalyzer(undefined, log).analyseFile(fileAsk('/w/a.txt')), { kind: 'readOnHost' });
  });

  it('when the worker dies, a file it was reading goes back to the extension host and a text is analysed in-process', async () => {
    const { start, started } = fakeWorkers();
    const a = createAnalyzer(start, log, 1, true);
    const file = a.analyseFile(fileAsk('/w/a.txt'));
    const text = a.analyse('Phấn đấu đến năm 2030 đạt 5%.', {});
    started[0].die();
    assert.deepEqual(await file, { kind: 'readOnHost' });
    assert.ok((await text).entities.length > 0);
    assert.deepEqual(await a.analyseFile(fileAsk('/w/b.txt')), { kind: 'readOnHost' });
  });
});
