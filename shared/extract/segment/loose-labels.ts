/** The looser label readings the segmenter adds to the lexicon's labels (see LooseLabels in labels.ts). */
import { isAttendWhoLabel } from './attend-label-who';
import { isAttendedLabel } from './attended-label';
import type { LooseLabels } from './labels';
import { longAttendHead } from './long-attend-head';

export const LOOSE_LABELS: LooseLabels = { longHead: longAttendHead, who: isAttendWhoLabel, attended: isAttendedLabel };
