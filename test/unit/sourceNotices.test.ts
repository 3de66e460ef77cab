/** What a person is told about a PDF or Word file's conversion (src/extension/model/sourceNotices.ts). */
import { strict as assert } from 'node:assert';
import { lossNotice, utf8CopyName } from '../../src/extension/model/sourceNotices';
import type { Loss } from '../../src/sources/types';

describe('loss notices for PDF and Word files opened as text', () => {
  it('says nothing when nothing was lost', () => assert.equal(lossNotice({ losses: [] }), undefined));

  it('a scanned page is serious, said first, with what it means for the highlights', () => {
    const losses: Loss[] = [
      { kind: 'header-footer', count: 4, message: 'a running footer on 4 pages was left out: “Trang #”' },
      { kind: 'scanned-page', page: 2, message: 'page 2 is a scanned image: no text' },
    ];
    const n = lossNotice({ losses });
    assert.ok(n?.serious);
    assert.match(n.message, /^page 2 is a scanned image: no text; a running footer/);
    assert.match(n.message, /only the text that was read/);
  });

  it('dropped headers and images alone are a plain notice', () => {
    const n = lossNotice({ losses: [{ kind: 'image', count: 2, message: '2 image(s) in the document: any text in them is not read' }] });
    assert.deepEqual(n, { message: '2 image(s) in the document: any text in them is not read.', serious: false });
  });

  it('many losses: three said, the rest counted; repeated messages once', () => {
    const losses: Loss[] = [1, 2, 3, 4, 5].map((p) => ({ kind: 'scanned-page', page: p, message: `page ${p} is a scanned image: no text` }));
    losses.push({ ...losses[0] });
    const n = lossNotice({ losses })!;
    assert.match(n.message, /page 3 is a scanned image: no text; and 2 more \(see the log\)/);
  });

  it('names a UTF-8 copy beside the file', () => {
    assert.equal(utf8CopyName('plan.txt'), 'plan.utf8.txt');
    assert.equal(utf8CopyName('kế hoạch.2024.md'), 'kế hoạch.2024.utf8.md');
    assert.equal(utf8CopyName('README'), 'README.utf8.txt');
  });
});
