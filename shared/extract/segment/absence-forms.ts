/**
 * Headings of who was absent (and of who came) printed in forms the label reader misses, so the
 * names under them were read as present:
 * - under an Org-mode heading's stars ("*** Absent", "*** Present"), as Markdown's hashes are read;
 * - an English heading of the absent in several words ("Members Absent Without Representation:");
 * - a Chinese absence told as a phrase, maybe with an aside in brackets ("因事未能出席(已致歉)：",
 *   "未能出席：").
 */
import { parseLabel, type Label } from './labels';
import { LOOSE_LABELS } from './loose-labels';
import { ZH_ABSENT_PHRASES } from '../lexicon/zh';
import { alt } from '../lexicon/build';

/** An Org heading: one to six stars, a space, then words with no colon ("*** Absent"). */
const ORG_HEADING = /^\s*\*{1,6}[ \t]+([A-Za-z][A-Za-z' -]{1,40})\s*$/;
/** The Chinese phrase, an aside in brackets maybe, then the colon: "因事未能出席(已致歉)：". */
const ZH_ABSENT = new RegExp(`^\\s*(?:${alt(ZH_ABSENT_PHRASES)})(?:人员|人員|者)?\\s*(?:[（(][^）)]{1,10}[）)])?\\s*[：:]\\s*`);

/** An English heading of the absent in several words, alone with its colon: "Members Absent Without Representation:". */
const EN_ABSENT_HEAD = /^\s*((?:[A-Za-z'’&/–-]+,?[ \t]+){0,4}absent(?:[ \t]+(?:with|without)[ \t]+(?:representation|notice|apology|apologies|excuse|leave))?)[ \t]*[:：][ \t]*$/i;

export function absenceFormLabel(text: string): Label | null {
  const en = text.match(EN_ABSENT_HEAD);
  if (en) return { kind: 'absence', label: en[1], value: '', valueAt: text.length };
  const org = text.match(ORG_HEADING);
  if (org) {
    const l = parseLabel(org[1].trim(), LOOSE_LABELS);
    return l && (l.kind === 'attendance' || l.kind === 'absence') && !l.value ? { ...l, valueAt: text.length } : null;
  }
  const zh = text.match(ZH_ABSENT);
  if (zh) return { kind: 'absence', label: zh[0].replace(/[\s：:]+$/, ''), value: text.slice(zh[0].length).trim(), valueAt: zh[0].length };
  return null;
}
