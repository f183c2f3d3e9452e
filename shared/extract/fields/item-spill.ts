/**
 * An English list read up to the next label of a run-on line keeps a word of that label or the group's
 * "nobody" ("Members Present: Rotty, Larson Members Absent: None" → "Larson Members"; "Absent: None"):
 * the item is the name before the group word, and "None" is no one.
 */
import { whole } from '../lexicon/build';
import { EN_GROUP_WORDS, EN_NO_ONE, EN_NOT_A_NAME, EN_ORG_HEADS, EN_PLACE_KINDS, EN_POST_WORDS } from '../lexicon/en';

const NO_ONE = whole(EN_NO_ONE, 'i');
const GROUP_WORD = whole(EN_GROUP_WORDS, 'i');
/** A capitalised name word ("Larson", "McKay", "O'Neil", "B."). */
const NAME_WORD = /^(?:\p{Lu}[\p{L}'’-]{1,30}|\p{Lu}\.)$/u;
/** Words of bodies and posts: "Board Members", "Library Trustees", "Parish Councillors" are groups, not a name and a spill. */
const NOT_NAME = new Set([...EN_NOT_A_NAME, ...EN_POST_WORDS, ...EN_ORG_HEADS, ...EN_PLACE_KINDS, 'library', 'school', 'church', 'club', 'society', 'village', 'township'].map((w) => w.toLowerCase()));

/** The items of an English list with the next label's group word cut off their ends and "None" left out. */
export function withoutSpill(names: readonly string[]): string[] {
  return names
    .filter((n) => !NO_ONE.test(n.trim().replace(/[.]$/, '')))
    .map((n) => {
      const words = n.trim().split(/\s+/);
      if (words.length < 2 || words.length > 4 || !GROUP_WORD.test(words[words.length - 1])) return n;
      const rest = words.slice(0, -1);
      // Only a name before it: "Board Members" or "Staff Members" is a group, left as printed.
      return rest.every((w) => NAME_WORD.test(w) && !GROUP_WORD.test(w) && !NOT_NAME.has(w.toLowerCase())) ? rest.join(' ') : n;
    });
}
