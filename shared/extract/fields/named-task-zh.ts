/**
 * Work given by name in a note page's Chinese: "由 @zccrs 推进", "由小王负责", "@myml 跟进". A record
 * of speaker turns prints the speaker first ("zccrs: 由 @zeno 跟进此事宜"): the task is what follows.
 */
import { alt } from '../lexicon/build';
import { ZH_NOTES } from '../lexicon/zh';

export const TASK_ZH = new RegExp(`由\\s{0,2}(?:@[\\w-]{2,24}|[\\u4e00-\\u9fff]{2,4}|[A-Za-z][\\w-]{1,24})\\s{0,2}(?:来|來)?${alt(ZH_NOTES.taskVerbs)}|@[\\w-]{2,24}\\s{0,2}${alt(ZH_NOTES.taskVerbs)}`);

/** The task opening the sentence (after a speaker's "name:" perhaps): its offset in the sentence, else -1. */
const OPENS = new RegExp(`^(?:[\\w@.-]{2,24}\\s{0,2}[:：]\\s{0,2})?(?=${TASK_ZH.source})`);

export function namedTaskZh(sentence: string): number {
  const m = OPENS.exec(sentence);
  return m ? m[0].length : -1;
}
