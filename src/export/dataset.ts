/**
 * A reviewed data set in one of the export formats, as files to write: one file for CSV, JSON and
 * doccano JSONL; a folder of `.txt`/`.ann` pairs plus `annotation.conf` for brat. Shared by
 * `chitieu export` and the extension's "Export reviewed data set…" command.
 */
import type { ReviewedDocument } from '../annotations/model';
import { toBrat } from './brat';
import { toDoccanoJsonl } from './doccano';
import { reviewedEntitiesCsv, reviewedGoalsCsv, reviewedJson } from './reviewed';
import { reviewedWorkbook } from './xlsx';
import type { IndicatorGroups } from '../research/indicatorKey';

export type DatasetFormat = 'xlsx' | 'goals-csv' | 'entities-csv' | 'doccano' | 'brat' | 'json';
/** In the order offered: the workbook first (it opens alike in every Excel, Vietnamese included). */
export const DATASET_FORMATS: readonly DatasetFormat[] = ['xlsx', 'goals-csv', 'entities-csv', 'doccano', 'brat', 'json'];

export const DATASET_FORMAT_TEXT: Record<DatasetFormat, { title: string; extension: string; offsets: string }> = {
  xlsx: { title: 'Excel workbook (goals and entities, one sheet each)', extension: 'xlsx', offsets: 'UTF-16 offsets (as the editor counts)' },
  'goals-csv': { title: 'Goals, CSV (UTF-8 with BOM)', extension: 'csv', offsets: 'UTF-16 offsets (as the editor counts)' },
  'entities-csv': { title: 'Entities (targets, amounts, times, provinces), CSV (UTF-8 with BOM)', extension: 'csv', offsets: 'UTF-16 offsets (as the editor counts)' },
  doccano: { title: 'doccano JSON Lines (span labels)', extension: 'jsonl', offsets: 'Unicode code points (Python str indices)' },
  brat: { title: 'brat standoff (.txt + .ann per document, annotation.conf)', extension: '', offsets: 'Unicode code points of the LF-terminated .txt' },
  json: { title: 'chitieu JSON (everything, with review states)', extension: 'json', offsets: 'UTF-16 offsets (as the editor counts)' },
};

/** `single`: the file's content; `files`: paths relative to the output folder (brat); `binary`: a workbook (xlsx). */
export type Dataset = { single: string } | { files: Array<{ path: string; content: string }> } | { binary: Promise<Uint8Array> };

/** `groups`: the researcher's indicator groups (`.chitieu/indicator-groups.json`), for the workbook's, CSVs' and JSON's indicator group. */
export function renderDataset(docs: readonly ReviewedDocument[], format: DatasetFormat, groups: IndicatorGroups = {}): Dataset {
  switch (format) {
    case 'xlsx': return { binary: reviewedWorkbook(docs, groups) };
    case 'goals-csv': return { single: reviewedGoalsCsv(docs, groups) };
    case 'entities-csv': return { single: reviewedEntitiesCsv(docs, groups) };
    case 'json': return { single: reviewedJson(docs, groups) };
    case 'doccano': return { single: toDoccanoJsonl(docs) };
    case 'brat': {
      const b = toBrat(docs);
      return { files: [...b.files.flatMap((f) => [{ path: `${f.path}.txt`, content: f.txt }, { path: `${f.path}.ann`, content: f.ann }]), { path: 'annotation.conf', content: b.annotationConf }] };
    }
  }
}
