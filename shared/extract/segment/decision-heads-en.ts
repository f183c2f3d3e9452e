/**
 * An English decisions heading as note pages print it: under a heading mark ("## Action Items",
 * "** Decisions" in Org-mode, "**Actions:**", "== Decisions =="), in words the section pattern lacks
 * ("New Actions"), or naming two kinds at once ("Decisions taken/agreed action", "Decisions & Actions").
 * Markdown and Org notes from many sources print their headings so; the items under them are the decisions.
 */
import { alt } from '../lexicon/build';
import { EN_DECISION_HEADS_MORE } from '../lexicon/en';
import { DECISION_HEAD_EN } from './markers';
import { HASHES, STRONG } from '../text/markup';

const LEAD_MARK = new RegExp(`^(?:${HASHES}|\\*{1,4})[ \\t]{1,3}(?=\\S)`);
const TRAILING_HASHES = new RegExp(`[ \\t]{1,3}${HASHES}$`);
const WHOLE_BOLD = new RegExp(`^(${STRONG})([^*_]{1,60})\\1[ \\t]?([:：]?)$`);
const MORE = new RegExp(`^${alt(EN_DECISION_HEADS_MORE)}\\s?[:：]?$`, 'i');

/** The heading's words without its mark: "## Action Items" → "Action Items", "**Actions:**" → "Actions:". */
export function bareHead(t: string): string {
  return t
    .trim()
    .replace(LEAD_MARK, '')
    .replace(/^(={1,4})[ \t]{0,3}([^=]{1,60}?)[ \t]{0,3}\1$/, '$2')
    .replace(TRAILING_HASHES, '')
    .replace(WHOLE_BOLD, '$2$3')
    .trim();
}

const one = (t: string) => DECISION_HEAD_EN.test(t) || MORE.test(t);

/** Whether a short line heads an English decisions section, in one of the forms above. */
export function isDecisionHeadEn(t: string): boolean {
  if (t.length > 60) return false;
  const bare = bareHead(t);
  if (one(bare)) return true;
  // Two or three heads joined: each part must be a head of its own ("Actions taken/tasks carried out" is not).
  const parts = bare.replace(/[:：]$/, '').split(/[ \t]?(?:\/|&|\band\b)[ \t]?/i).map((p) => p.trim());
  // Tasks named beside a head of outcomes are the tasks given ("Meeting Outcomes and Tasks", "Decisions & Tasks").
  return parts.length >= 2 && parts.length <= 3 && parts.some(one) && parts.every((p) => p.length > 0 && (one(p) || TASKS_BESIDE.test(p)));
}

/** Tasks as a heading names them beside its outcomes; alone, "Tasks" may head a project's work list. */
const TASKS_BESIDE = /^(?:tasks|assignments|assigned tasks|to-?dos|next steps|follow-?ups)$/i;
