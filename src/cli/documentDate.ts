/** The folder holding `.chitieu/` and the date a researcher set there for a document (“Set document date…”). */
import { existsSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { ANNOTATION_DIR } from '../annotations/model';
import { annotationPathFor, parseAnnotationFile } from '../annotations/storeFormat';

/** The folder holding `.chitieu/`: the nearest at or above `from`, else undefined. */
export function findRoot(from: string): string | undefined {
  let dir = resolve(from);
  if (existsSync(dir) && statSync(dir).isFile()) dir = dirname(dir);
  for (;;) {
    if (existsSync(join(dir, ANNOTATION_DIR))) return dir;
    const up = dirname(dir);
    if (up === dir) return undefined;
    dir = up;
  }
}

/** The date set for a document in ROOT/.chitieu/ (“Set document date…”), or undefined; an unreadable file is a problem. */
export function documentDateOf(root: string, file: string, problems: string[]): string | undefined {
  const rel = relative(root, resolve(file)).split(sep).join('/');
  const annPath = join(root, annotationPathFor(rel));
  if (rel.startsWith('..') || !existsSync(annPath)) return undefined;
  try {
    return parseAnnotationFile(readFileSync(annPath, 'utf8')).documentDate;
  } catch (e) {
    problems.push(`${annPath}: cannot read its document date (${(e as Error).message}); ${rel} is read without it`);
    return undefined;
  }
}
