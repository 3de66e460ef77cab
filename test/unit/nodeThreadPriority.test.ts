import * as assert from 'assert';
import * as os from 'os';
import * as path from 'path';
import { Worker } from 'worker_threads';
import { lowerThreadPriority } from '../../src/extension/platform/nodeThreadPriority';

describe('an engine worker below normal priority (platform/nodeThreadPriority.ts)', function () {
  this.timeout(30000);

  it('lowers the thread that calls it, not the process (Linux: the nice value is a thread\'s)', async function () {
    const before = os.getPriority();
    if (process.platform !== 'linux' || before >= os.constants.priority.PRIORITY_BELOW_NORMAL) this.skip();
    const file = path.resolve(__dirname, '../../src/extension/platform/nodeThreadPriority.ts');
    const code = `require(${JSON.stringify(require.resolve('tsx/cjs'))});
      const { lowerThreadPriority } = require(${JSON.stringify(file)});
      require('worker_threads').parentPort.postMessage([lowerThreadPriority(), require('os').getPriority()]);`;
    const [lowered, priority] = await new Promise<[boolean, number]>((resolve, reject) => {
      const w = new Worker(code, { eval: true });
      w.once('message', (m: [boolean, number]) => { resolve(m); void w.terminate(); });
      w.once('error', reject);
    });
    assert.equal(lowered, true);
    assert.equal(priority, os.constants.priority.PRIORITY_BELOW_NORMAL, 'the worker\'s thread');
    assert.equal(os.getPriority(), before, 'this thread and the process as they were');
  });

  it('is not made on macOS or Windows, where it would lower the whole extension host', () => {
    assert.equal(lowerThreadPriority('darwin'), false);
    assert.equal(lowerThreadPriority('win32'), false);
  });
});
