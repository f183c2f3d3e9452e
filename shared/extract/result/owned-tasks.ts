/**
 * A task given by name under an action mark ("TODO: Sumana to send note to Accounting", "Action: JB to
 * book the hall"): an outcome the meeting recorded. An agenda lists what is to be taken and assigns no
 * one, so a page holding such a line is a record whatever its outline's headings say.
 */
import type { Segmented } from '../segment/segment';
import { actionMarked } from '../fields/action-marks';

export function ownedTasks(seg: Segmented): boolean {
  return seg.lang === 'en' && seg.lines.some((l) => (actionMarked(l.text)?.assignees.length ?? 0) > 0);
}
