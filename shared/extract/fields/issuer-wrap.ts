/**
 * A body's name wrapped over two header lines by a narrow column or a PDF ("OF Eastby-Westby" /
 * "Regional Council", "Upper Marsh" / "Parish Council"): the line that reads as a body holds only
 * its kind, and its own name is the line above.
 */
/** "of" or "of the" that led the name in the heading ("MINUTES" / "OF Eastby-Westby" / "Regional Council"). */
const LEAD_OF = /^(?:of|OF)(?:\s+(?:the|THE))?\s+/;
const CAPITALISED = /^\p{Lu}[\p{L}'’.&-]*$/u;
const NOT_A_NAME = /^(?:minutes|meetings?|held|confirmed|unconfirmed|draft|proceedings|page|agenda|notes|report|ordinary|special|regular|extraordinary|annual|general|monthly|the|a|an|at|on|in|from|to|for|with|by|and|of)$/i;

/**
 * The words of `above` that open the body's name `line` ends, where `line` is only a kind of body
 * (two words at most): the fragment and its offset in `above`, or null.
 */
export function nameAbove(above: string, line: string): { words: string; at: number } | null {
  if (line.trim().split(/\s+/).length > 2) return null;
  const lead = LEAD_OF.exec(above.trim())?.[0].length ?? 0;
  const words = above.trim().slice(lead);
  const list = words.split(/\s+/);
  if (!words || words.length > 40 || list.length > 4 || /\d|[,.;:]$/.test(words)) return null;
  if (!list.every((w) => CAPITALISED.test(w) && !NOT_A_NAME.test(w))) return null;
  return { words, at: above.indexOf(words) };
}
