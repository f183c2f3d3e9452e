/**
 * An agenda or form laid out as the record will be, its parts waiting to be filled: the roll's label
 * left empty ("Present:" straight over "Review of Minutes: …") among other parts left empty ("Call to
 * Order:", "Public Comment:", "Adjourn:"). A record names who was present; a page that leaves the
 * roll empty and four parts besides was written before the meeting.
 */
import type { Segmented } from '../segment/segment';

/** A part's label alone on its line. */
const EMPTY_LABEL = /^[^:：]{2,40}[:：]\s*$/;
/** A line that opens with a part's label, filled or not. */
const LABEL_START = /^[^:：]{2,40}[:：]/;

/** Whether the page leaves its roll and at least four other parts empty. */
export function emptyRoll(seg: Segmented): boolean {
  const lines = seg.lines.filter((l) => l.kind !== 'chrome');
  const emptyAt = (k: number) => EMPTY_LABEL.test(lines[k].text.trim()) && k + 1 < lines.length && LABEL_START.test(lines[k + 1].text.trim());
  const roll = lines.some((l, k) => l.kind === 'label' && l.label?.kind === 'attendance' && !l.label.value.trim() && emptyAt(k));
  if (!roll) return false;
  return lines.filter((_, k) => emptyAt(k)).length >= 5;
}
