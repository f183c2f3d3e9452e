/**
 * Chinese attendance told in a sentence, in forms the sentence reader missed:
 * - the list after "到会的…有：" / "与会的…有：" (those at the meeting, then the colon), as after "参加会议的有";
 * - a post held concurrently, marked in brackets before the name ("总医院院长(兼)赵某"): the aside is no
 *   part of the post or the name.
 * (The reader's cue also ends at a half-width full stop: "…、镇长高某参加了会议.李某主席…".)
 */
import { alt } from '../lexicon/build';
import { ZH_PRESENT_AT, ZH_POST_ASIDES } from '../lexicon/zh';

// The colon is required: "与会代表有不同意见" is no list.
const PRESENT_AT_LIST = new RegExp(`(?:${alt(ZH_PRESENT_AT)})(?:的)?[\\u3400-\\u9fff]{0,8}?有[：:]((?:[^。；;]){2,300})`, 'g');
const POST_ASIDE = new RegExp(`[（(](?:${alt(ZH_POST_ASIDES)})[)）]`, 'g');

/** The lists after "到会的领导有：" in a line. */
export function presentAtLists(text: string): string[] {
  return [...text.matchAll(PRESENT_AT_LIST)].map((m) => m[1]);
}

/** The sentence without the asides marking a post held concurrently. */
export const withoutPostAsides = (text: string): string => text.replace(POST_ASIDE, '');
