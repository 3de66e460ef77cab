/** What goal assembly needs from the pipeline. */
import type { AmountEntity, DocumentProvince, ProvinceEntity, TimeEntity } from '../types';
import type { NormalizedText } from '../text/normalize';
import type { Discourse } from '../text/discourse';
import type { AmountCandidate } from '../recognizers/amounts';
import type { TimeCandidate } from '../recognizers/times';
import type { ProvinceCandidate } from '../recognizers/provinces';
import type { DocumentTime } from '../refiners/documentTime';
import type { Cue } from '../refiners/roles';
import type { StateCues } from './stateCues';

export interface GoalContext {
  source: string;
  norm: NormalizedText;
  discourse: Discourse;
  amounts: readonly AmountCandidate[];
  amountEntities: readonly AmountEntity[];
  times: readonly TimeCandidate[];
  timeEntities: readonly TimeEntity[];
  provinceHits: readonly ProvinceCandidate[];
  provinceEntities: readonly ProvinceEntity[];
  provinces: readonly DocumentProvince[];
  doc: DocumentTime | undefined;
  cues: readonly Cue[];
  /** The qualitative goals' cue words (goals/stateCues; found there when not given). */
  stateCues?: StateCues;
  /**
   * Where the words of a national document (goals/provinceOf NATIONAL_DOC_WORDS) can start: word
   * starts found by text/syllableStarts, given only when that scan's offsets include every match
   * (a text without letters of other scripts or combining marks).
   */
  nationalStarts?: readonly number[];
}
