/**
 * The words that open a qualitative goal, found in one pass over the lower-cased text: end states
 * (`trở thành`, `thuộc nhóm`), a subject's state (`được duy trì ở mức`), tasks (`hoàn thành`) and
 * `phát triển/xây dựng/đưa X thành Y`.
 */
import { alternation, WB_AFTER } from '../text/chars';
import { SyllableStarts } from '../text/syllableStarts';

/** Cues of an end state without a number. */
export const END_STATE_CUES = ['trở thành', 'tiến tới', 'hình thành', 'thuộc nhóm', 'nằm trong nhóm', 'thuộc top', 'nằm trong top', 'vào top', 'vào nhóm',
  'lọt top', 'lọt vào top', 'lọt vào nhóm',
  'cơ bản không còn', 'cơ bản hoàn thành', 'không còn hộ nghèo'];
/**
 * End states stated as what happens to a subject, named with it: `chất lượng không khí được duy trì
 * ở mức tốt`, `thị trấn X được nâng cấp lên đô thị loại IV`, `tốc độ tăng trưởng … cao hơn bình quân
 * cả nước`; and plan items that are tasks to finish: `Hoàn thành xây dựng cảng …`, `Hoàn thiện hạ tầng …`.
 */
const SUBJECT_STATE_CUES = ['duy trì ở mức', 'được duy trì ở mức', 'nâng cấp lên', 'được nâng cấp lên', 'được công nhận là', 'được công nhận',
  'cao hơn bình quân', 'cao hơn mức bình quân', 'cao hơn mức trung bình', 'không thấp hơn bình quân'];
const TASK_CUES = ['hoàn thành', 'hoàn thiện'];
/** `phát triển/xây dựng/đưa X thành Y` with X of one to six syllables. */
const MAKE_INTO = '(?:phát triển|xây dựng|đưa)(?: [\\p{L}\\p{M}]+){1,6}? thành(?![\\p{L}\\p{N}])';

/**
 * The four kinds as the groups of one pattern. No two kinds can match at one offset (their first two
 * syllables differ), so the match at an offset is the one its kind's own pattern finds there. Sticky:
 * tried at the offsets {@link findStateCues} is given.
 */
const STATE_CUES = new RegExp(`((?:${alternation(END_STATE_CUES)})${WB_AFTER})|((?:${alternation(SUBJECT_STATE_CUES)})${WB_AFTER})`
  + `|((?:${alternation(TASK_CUES)})${WB_AFTER})|(${MAKE_INTO})`, 'uy');
/** Phrases that start as the cues start (the verbs of `phát triển/xây dựng/đưa X thành`), for text/syllableStarts. */
export const STATE_CUE_WORDS: readonly string[] = [...END_STATE_CUES, ...SUBJECT_STATE_CUES, ...TASK_CUES, 'phát triển', 'xây dựng', 'đưa'];
const STATE_CUE_STARTS = new SyllableStarts([STATE_CUE_WORDS]);

export interface StateCues {
  /** Starts of end-state cues. */
  endStates: number[];
  /** `phát triển X thành`: start and end of each. */
  makeInto: Array<[number, number]>;
  subjectStates: number[];
  tasks: number[];
}

/**
 * The cues of each kind at word starts, as a scan of each kind's own pattern with `execAtWordStart`
 * finds them: every word start where some kind matches is tried, and a match is taken when it does
 * not start inside the last match taken of its own kind (that scan resumes after it). One scan
 * instead of four. `starts`: the word starts where a cue can start, in order (text/syllableStarts,
 * for {@link STATE_CUE_WORDS}; found here when not given): the pattern is tried at those only.
 */
export function findStateCues(lower: string, starts: readonly number[] = STATE_CUE_STARTS.find(lower).lists[0]): StateCues {
  const out: StateCues = { endStates: [], makeInto: [], subjectStates: [], tasks: [] };
  const resume = [0, 0, 0, 0];
  for (let k = 0; k < starts.length; k++) {
    const at = starts[k];
    STATE_CUES.lastIndex = at;
    const m = STATE_CUES.exec(lower);
    if (m === null) continue;
    const kind = m[1] !== undefined ? 0 : m[2] !== undefined ? 1 : m[3] !== undefined ? 2 : 3;
    if (at < resume[kind]) continue;
    const end = at + m[0].length;
    resume[kind] = end;
    if (kind === 0) out.endStates.push(at);
    else if (kind === 1) out.subjectStates.push(at);
    else if (kind === 2) out.tasks.push(at);
    else out.makeInto.push([at, end]);
  }
  return out;
}
