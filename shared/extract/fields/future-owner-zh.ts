/**
 * Work a body or person takes on told in the future with 将 ("会后，秘书处将根据讨论意见补充完善…",
 * "管业处将通知承判商尽快开工", "刘翠珍女士将在一定期限内移交…", "前端小组也会与后端小组一起复查"):
 * the Chinese "X will …". The patterns of fields/assignees.ts read X要/应/须/负责 (X must, X is
 * responsible), not the plain future, so such an item named no one. The subject is the assignee when
 * it reads as a body, or as a name with its courtesy (女士, 先生); a meeting to be held ("大会将于…召开") is none.
 */
import { isZhName, isZhUnit } from './units';

/** X将… / X也会…: the subject of a clause before its future mark. */
const FUTURE = /^(.{2,14}?)(?:将|將|(?:也|还|還|都)(?:会|會))(?!是|成为|成為|有|要|会|會)/;
/** What the subject may open with or close with that is no part of it. */
const LEAD = /^(?:会后|會後|会上|會上|同时|同時|此外|另外|届时|屆時|随后|隨後|最后|最後|并|並)/;
const COURTESY = /(?:女士|先生|同志|老师|老師)$/;
/** A clause closing a condition ("…影响整体进度的", "…逾期未报者", "如有变动时"). */
const CONDITION = /(?:的|者|时|時)$|^(?:如|若|凡|如果|倘若)/;
/** A sitting or an event is no one to act. */
const MEETING = /(?:会议|會議|大会|大會|年会|年會|论坛|論壇|活动|活動)$/;

/** The body or person an item's clause says will do the work, or null. */
export function zhFutureOwner(text: string): string | null {
  let before = '';
  for (const c0 of text.split(/[，,。；;：:！!？?\n]/)) {
    const c = c0.trim();
    // "…未按时提交成果的，市局将函告…": what follows a condition is a sanction to come, no work given.
    const afterCondition = CONDITION.test(before);
    before = c;
    const m = FUTURE.exec(c);
    if (!m || afterCondition) continue;
    const subj = m[1].replace(LEAD, '');
    if (MEETING.test(subj) || /^(?:会议|會議|本会|本會)$/.test(subj)) continue;
    if (isZhUnit(subj)) return subj;
    // A person only with the courtesy printed after the name: "决定将…", "建议将…" are acts, not names.
    const name = subj.replace(COURTESY, '');
    if (name !== subj && isZhName(name)) return name;
  }
  return null;
}

/** Chinese items that name no one given the body or person their work is told of in the future. */
export function withZhFutureOwners<T extends { text: string; assignees: string[] }>(decisions: T[], lang: 'zh' | 'en'): T[] {
  if (lang !== 'zh') return decisions;
  return decisions.map((d) => {
    if (d.assignees.length) return d;
    const owner = zhFutureOwner(d.text);
    return owner ? { ...d, assignees: [owner] } : d;
  });
}
