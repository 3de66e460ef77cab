/** A fresh engine worker's warm-up (src/extension/model/engineWarmUp.ts): a run per turn, requests in between, the text a real one. */
import * as assert from 'assert';
import { extract } from '../../src/engine';
import { warmUp, WARM_UP_RUNS, WARM_UP_TEXT } from '../../src/extension/model/engineWarmUp';

describe('engine worker warm-up', () => {
  it('runs once per turn of the event loop, so a request waits for one run at most, and stops after its runs', () => {
    const turns: Array<() => void> = [];
    const log: string[] = [];
    warmUp((next) => { turns.push(next); }, 3, () => { log.push('run'); });
    assert.deepEqual(log, [], 'nothing runs at once: the worker first takes its messages');
    let turn = 0;
    while (turns.length) {
      turns.shift()!();
      log.push(`request ${++turn}`); // what the worker handles between two turns
    }
    assert.deepEqual(log, ['run', 'request 1', 'run', 'request 2', 'run', 'request 3', 'request 4']);
  });

  it('stops at the worker\'s first request (the real texts warm it from then on)', () => {
    const turns: Array<() => void> = [];
    let runs = 0;
    const warming = warmUp((next) => { turns.push(next); }, 20, () => { runs++; });
    turns.shift()!();
    turns.shift()!();
    warming.stop();
    while (turns.length) turns.shift()!();
    assert.equal(runs, 2);
  });

  it('stops at the first run that throws', () => {
    const turns: Array<() => void> = [];
    let runs = 0;
    warmUp((next) => { turns.push(next); }, 5, () => { runs++; throw new Error('no'); });
    while (turns.length) turns.shift()!();
    assert.equal(runs, 1);
  });

  it('warms the engine on a text with what the documents have: amounts, time expressions, provinces, goals, a table', () => {
    assert.ok(WARM_UP_RUNS >= 10);
    const r = extract(WARM_UP_TEXT);
    for (const type of ['amount', 'time', 'province']) assert.ok(r.entities.some((e) => e.type === type), `a ${type}`);
    assert.ok(r.goals.length >= 3, `${r.goals.length} goals`);
    assert.ok(WARM_UP_TEXT.length < 2000, 'short: one run is a few milliseconds');
  });
});
