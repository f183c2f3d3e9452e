/**
 * A line of people's names just beside the list as read, under a label the reader did not take for
 * attendance ("諮詢委員：吳杰峰,遲玉堃,…" over "列席：…", "Commissioners Elect: Bert Cornick, Ken Henschel")
 * or under none (a second line of the list: "Ngahere Wall (Taupō office), Heemi Biddle, … joined from
 * remote locations."). Such a line gave the list none of its names, so the list as read may be short of
 * the one printed: a reading, not a sure list. The absent, the chair and the minute-taker are left out.
 */
import type { SegLine } from '../segment/segment';
import { items } from './mode-group';

/** A person's name opening an item: a title perhaps, a given name, an initial perhaps, a surname. */
const EN_NAME = /^(?:(?:Mr|Mrs|Ms|Miss|Dr|Cllr|Cr|Prof)\.?\s+)?\p{Lu}[\p{Ll}'’-]+(?:\s+\p{Lu}\.?)?\s+\p{Lu}[\p{L}'’-]+/u;
/** A Chinese name alone in its item: two to four characters. */
const ZH_NAME = /^[\u3400-\u9fff]{2,4}$/;
/** A label of the absent, the chair or the minute-taker: names that are not the list's. */
const NOT_THE_LIST = /absent|apolog|regret|excused|not present|chair|presid|minute|record|secretar|clerk|缺席|请假|請假|未出席|主席|主持|记录|紀錄|記錄|纪录/i;
/** A short label before the names ("Commissioners Elect:", "諮詢委員："). */
const LABEL = /^\s*[-•*]?\s*([^:：]{1,30})[:：]\s*/;
/** Lines looked at before the list's first and after its last. */
const BEFORE = 1;
const AFTER = 2;


/** The names a line lists, when it is a line of names: two or more, most of its items. */
function namesOf(text: string, lang: 'zh' | 'en'): string[] {
  const label = LABEL.exec(text);
  if (label && NOT_THE_LIST.test(label[1])) return [];
  // "… Judy Harris, with Shane Heremaia (CEO)": the joining word is no part of the name.
  const got = items(label ? text.slice(label[0].length) : text).map((x) => x.replace(/^(?:and|with|&)\s+/i, ''));
  const names = got.flatMap((x) => {
    if (lang === 'zh') return ZH_NAME.test(x) ? [x] : [];
    const m = EN_NAME.exec(x);
    return m ? [m[0]] : [];
  });
  return names.length >= 2 && names.length * 5 >= got.length * 3 ? names : [];
}

/** Whether a line of names beside the list (first..last) gave it none of them. */
export function namesBesideUnread(lines: readonly SegLine[], first: SegLine, last: SegLine, names: readonly string[], lang: 'zh' | 'en'): boolean {
  const near = [...lines.slice(Math.max(0, first.i - BEFORE), first.i), ...lines.slice(last.i + 1, last.i + 1 + AFTER)];
  const taken = (x: string) => names.some((n) => n.length >= 2 && (x.includes(n) || n.includes(x)));
  return near.some((l) => {
    if (l.kind === 'chrome' || l.kind === 'meta' || l.num || (l.kind === 'label' && l.label?.kind !== 'attendance')) return false;
    const got = namesOf(l.text, lang);
    return got.length > 0 && !got.some(taken);
  });
}
