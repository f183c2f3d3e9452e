/**
 * An item whose heading is the roll's label: "1. PRESENT", "1/ Members present", "2 Attendance". The names
 * follow it as they follow the label alone, so the line is read as that label. The first name may stand
 * on the heading's own line ("1 Present John Martin (Chair)", the rest one a line below).
 */
import type { SegLine } from '../segment/segment';
import { parseLabel } from '../segment/labels';
import { cleanEnPerson } from './people';

const NUMBER = /^\s*(\d{1,2}(?:\s*[./)]|\s*\/)?\s+)(?=\p{L})/u;

export function numberedRollHeading(l: SegLine): SegLine | null {
  if (l.kind !== 'text') return null;
  const m = NUMBER.exec(l.text);
  if (!m) return null;
  const rest = l.text.slice(m[0].length);
  if (rest.length > 80 || /[,;]/.test(rest)) return null;
  const label = parseLabel(rest);
  // Who was there, not "Roll Call": an agenda lists that item too, with no names under it.
  if (!label || label.kind !== 'attendance' || !/present|attend/i.test(label.label)) return null;
  // The heading alone: its names are on the lines below.
  if (!label.value) return rest.length > 40 ? null : { ...l, kind: 'label', num: null, label: { ...label, valueAt: l.text.length } };
  // One person after it, the first of the roll.
  if (!cleanEnPerson(label.value).name) return null;
  return { ...l, kind: 'label', num: null, label: { ...label, valueAt: m[0].length + label.valueAt } };
}
