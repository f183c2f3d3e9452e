/**
 * An item whose heading is the roll's label: "1. PRESENT", "1/ Members present", "2 Attendance". The names
 * follow it as they follow the label alone, so the line is read as that label.
 */
import type { SegLine } from '../segment/segment';
import { parseLabel } from '../segment/labels';

const NUMBER = /^\s*(\d{1,2}(?:\s*[./)]|\s*\/)?\s+)(?=\p{L})/u;

export function numberedRollHeading(l: SegLine): SegLine | null {
  if (l.kind !== 'text') return null;
  const m = NUMBER.exec(l.text);
  if (!m) return null;
  const rest = l.text.slice(m[0].length);
  // The heading alone: its names are on the lines below.
  if (rest.length > 40 || /[,;]/.test(rest)) return null;
  const label = parseLabel(rest);
  // Who was there, not "Roll Call": an agenda lists that item too, with no names under it.
  if (!label || label.kind !== 'attendance' || label.value || !/present|attend/i.test(label.label)) return null;
  return { ...l, kind: 'label', num: null, label: { ...label, valueAt: l.text.length } };
}
