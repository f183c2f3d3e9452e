/**
 * A task given to a group or a post named in plain words, not by a person's name: "AI: OTC members to
 * add …", "AI: board should add …", "Decision: The editors will merge …", "All the science teachers
 * should ensure …", "Utilities committee to proceed …", "All to contribute …", "… for the treasurer to
 * approach …". The sentence patterns of fields/assignees.ts want a name in capitals ("The Finance
 * Committee should …"), so notes that write the group in lower case, or a post after "the", named no
 * one. The group is the assignee, as printed (LABELS: "the X should …").
 */
import { EN_EVERYONE, EN_GROUP_OWNERS, EN_TASK_VERBS } from '../lexicon/en';

/** A word in either case of its first letter ("board", "Board"). */
const firstEitherCase = (words: readonly string[]) =>
  `(?:${[...new Set(words)].sort((a, b) => b.length - a.length).map((w) => `[${w[0].toUpperCase()}${w[0]}]${w.slice(1).replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`).join('|')})`;

/** A bullet, and a mark opening a task or an outcome ("AI:", "Action item:", "Decision –"). */
const BULLET = '(?:[-*+•]\\s{0,3})?';
const MARK = "(?:[Aa]ction(?: [Ii]tems?| [Pp]oints?)?|ACTIONS?|AI|AP|TODO|[Dd]ecision|DECISION|[Aa]greed|[Rr]esolved)\\s{0,2}[:\\-–]\\s{0,2}";
/** Words that may qualify the group ("OTC", "science", "Utilities"), never a joining or a verb's word. */
const NOT_QUALIFIER = ['with', 'of', 'for', 'from', 'about', 'and', 'or', 'by', 'on', 'in', 'at', 'to', 'that', 'this', 'these', 'those', 'there', 'it', 'we', 'they', 'is', 'are', 'was', 'were', 'has', 'have', 'will', 'should', 'would', 'can', 'not', 'no', 'if', 'when', 'once', 'please'];
/** An imperative's verb is no qualifier either ("Send non-profit leads to …"). */
const QUALIFIER = `(?!${firstEitherCase([...NOT_QUALIFIER, ...EN_TASK_VERBS.filter((v) => !v.includes(' '))])}\\b)[\\p{L}&'’-]{2,20}`;
const DETERMINER = '(?:[Tt]he|[Aa]ll(?: the)?|[Ee]ach|[Ee]very|[Aa]|[Oo]ur|[Tt]heir)';
const GROUP = `(?:${DETERMINER} )?(?:${QUALIFIER} ){0,2}${firstEitherCase(EN_GROUP_OWNERS)}`;
const MODAL = '(?:to|should|is to|are to|needs? to)';
/** Under a mark the future gives the task too ("Decision: The editors will merge …"); unmarked it may tell a rule or a plan. */
const MARKED_MODAL = '(?:to|will|shall|should|must|is to|are to|needs? to)';
/** The act: a verb, not "be", "not" or "have" ("The board will be …" tells a state). */
const ACT = "(?!be\\b|not\\b|have\\b|been\\b)\\p{Ll}{2,20}";
/** The group opening the item; the whole meeting ("All", "Everyone") only under a mark, as it may open a note to all. */
const OPENING = new RegExp(`^${BULLET}(${GROUP}) ${MODAL} ${ACT}`, 'u');
const MARKED = new RegExp(`^${BULLET}${MARK}(${GROUP}|${firstEitherCase(EN_EVERYONE)}) ${MARKED_MODAL} ${ACT}`, 'u');
/** "… a motion was made for the treasurer to approach …": the group after "for", the task after "to". */
const FOR_GROUP = new RegExp(`\\bfor ((?:the |all (?:the )?)(?:${QUALIFIER} ){0,2}${firstEitherCase(EN_GROUP_OWNERS)}) to ${ACT}`, 'u');

/** The group or post the item gives its task to, or null. */
export function groupOwner(text: string): string | null {
  // The item's first sentence: the task opens it; later ones explain or lay down rules ("The board will seek …").
  const t = text.trim().split(/(?<=[.!?;])\s+(?=\p{Lu})|\n/u)[0];
  const m = MARKED.exec(t) ?? OPENING.exec(t) ?? FOR_GROUP.exec(t);
  return m ? m[1] : null;
}

/** Items that name no one given the group or post their task opens with. */
export function withGroupOwners<T extends { text: string; assignees: string[] }>(decisions: T[], lang: 'zh' | 'en'): T[] {
  if (lang !== 'en') return decisions;
  return decisions.map((d) => {
    if (d.assignees.length) return d;
    const g = groupOwner(d.text);
    return g ? { ...d, assignees: [g] } : d;
  });
}
