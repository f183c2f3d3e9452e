/**
 * An English letter to a body's members: its first lines greet the readers ("Greetings all,", "Dear
 * Members,", "Hi everyone") before telling them of a meeting held or to come. A record is addressed
 * to no one; a letter or a club's news post is, whatever meeting it tells of.
 */
import type { Segmented } from '../segment/segment';

const GREETING = /^(?:Greetings|Hi|Hello|Dear|Good\s+(?:morning|afternoon|evening))\s+(?:all|everyone|everybody|members|friends|folks|team|colleagues)\b[^.]{0,40}?[,!:]?$/i;

export function letterEn(seg: Segmented): boolean {
  if (seg.lang !== 'en') return false;
  return seg.lines.filter((l) => l.kind !== 'chrome').slice(0, 5).some((l) => GREETING.test(l.text.trim()));
}
