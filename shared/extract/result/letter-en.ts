/**
 * An English letter to a body's members: its first lines greet the readers ("Greetings all,", "Dear
 * Members,", "To Parents, Staff and CHS Community,") before telling them of a meeting held or to
 * come, or it closes as a letter does ("Sincerely," over the officers' names). A record is addressed
 * to no one; a letter or a club's news post is, whatever meeting it tells of.
 */
import type { Segmented } from '../segment/segment';

const GREETING = /^(?:Greetings|Hi|Hello|Dear|Good\s+(?:morning|afternoon|evening))\s+(?:all|everyone|everybody|members|friends|folks|team|colleagues)\b[^.]{0,40}?[,!:]?$/i;
/** "Dear Parents and Guardians,", "To Parents, Staff and CHS Community,": whom the letter is written to, closed by a comma. */
// A greeting word may come first ("Aloha, Staff and Parents of Hale Kula Elementary School,").
const ADDRESSED = /^(?:(?:Aloha|Hello|Hi|Greetings|Good\s+(?:morning|afternoon|evening)),?\s+(?:Dear\s+|To\s+)?|Dear\s+|To\s+)(?:all\s+|our\s+|the\s+)?\p{Lu}[^.:;!?]{1,70},$/u;
/** A letter's complimentary close; a secretary's "Respectfully submitted," closes minutes too, and is left out. */
const CLOSE = /^(?:(?:Yours\s+)?(?:sincerely|faithfully|truly)|(?:Kind|Best|Warm|Warmest)\s+regards|With\s+(?:thanks|gratitude|best\s+wishes))\s*,?$/i;

export function letterEn(seg: Segmented): boolean {
  if (seg.lang !== 'en') return false;
  const lines = seg.lines.filter((l) => l.kind !== 'chrome');
  return lines.slice(0, 5).some((l) => GREETING.test(l.text.trim()) || ADDRESSED.test(l.text.trim())) || lines.slice(-8).some((l) => CLOSE.test(l.text.trim()));
}
