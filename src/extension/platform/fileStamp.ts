/** What the engine's worker reads for the index: a file's bytes with its stamp (src/shared/fileStamp.ts). No `vscode` here. */
import type { FileBytes } from './fileBytes';
import type { FileStamp } from '../../shared/fileStamp';

export { sameStamp, type FileStamp } from '../../shared/fileStamp';

/** A file's bytes with its stamp, or its size when it is larger than the limit, or `unchanged` when it still has the stamp it was asked about (not read). */
export type StampedFileBytes = (FileBytes & { stamp?: FileStamp }) | { unchanged: true };
