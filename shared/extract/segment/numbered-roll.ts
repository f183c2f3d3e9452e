/**
 * A roll numbered under its label, each name on an indented line of its own ("- 与会人员：" / "	1. AndSonder"
 * / "	2. From00", "Attendees:" / "  1. Ann Lee"): the numbers count the people, not the record's items, so
 * they are no item numbering (the record's own "1." follows further down).
 */
import type { SegLine } from './segment';

/** A name alone after its number: a handle, two to four Chinese characters, or up to four words. */
const NAME_ONLY = /^\s*\d{1,2}[.、)]\s*(?:[\p{L}][\p{L}\d_.'’-]{1,30}|[\u3400-\u9fff]{2,4}|\p{Lu}[\p{L}.'’-]*(?:\s\p{Lu}[\p{L}.'’-]*){1,3})\s*$/u;

export function unnumberRollUnderLabel(lines: SegLine[]): void {
  for (let i = 0; i < lines.length; i++) {
    const l = lines[i];
    if (l.kind !== 'label' || l.label?.kind !== 'attendance' || l.label.value.trim()) continue;
    let k = i + 1;
    while (k < lines.length && lines[k].num && (lines[k].indent ?? 0) > (l.indent ?? 0) && NAME_ONLY.test(lines[k].text)) k++;
    if (k - i - 1 < 2) continue;
    for (let j = i + 1; j < k; j++) lines[j] = { ...lines[j], num: null };
  }
}
