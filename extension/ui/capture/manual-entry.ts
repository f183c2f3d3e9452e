import { emptyDraft, type MinutesDraft } from '../../../shared/schemas';
import type { CaptureRow } from '../../db';

/**
 * Below this overall confidence the extraction is treated as a guess a person must check. The
 * classifier gives 0.75 to a page with only one mark of minutes beyond its title.
 */
export const LOW_CONFIDENCE = 0.8;

/** A part of the record the extraction did not find (or found with too little confidence). */
export type Missing = 'extraction' | 'minutes' | 'title' | 'meetingDate' | 'decisions' | 'confidence';

/** Why a capture is entered by hand: the extraction failed, or the page was not judged minutes. */
export function captureMissing(capture: CaptureRow): Missing[] {
  if (!capture.draft) return ['extraction'];
  return capture.draft.isMinutes ? [] : ['minutes'];
}

/** Why a draft of minutes needs manual entry; empty when the extraction looks complete. */
export function missingParts(draft: MinutesDraft): Missing[] {
  const out: Missing[] = [];
  if (!draft.title?.trim()) out.push('title');
  if (!draft.meetingDate) out.push('meetingDate');
  if (draft.decisions.length === 0) out.push('decisions');
  if (draft.confidence < LOW_CONFIDENCE) out.push('confidence');
  return out;
}

/** An empty record of minutes over the given page text, for the clerk to fill in by hand. */
export function blankDraft(text: string, warnings: string[]): MinutesDraft {
  return emptyDraft({ isMinutes: true, lang: /[\u4e00-\u9fff]/.test(text) ? 'zh' : 'en', warnings, text });
}

/**
 * The draft the clerk enters by hand for a capture: what the extractor found (a page it judged not
 * minutes keeps its reason as a warning), or an empty record over the kept page text when it failed.
 */
export function manualDraft(capture: CaptureRow): MinutesDraft {
  const d = capture.draft;
  if (!d) return blankDraft(capture.text ?? '', capture.error ? [capture.error] : []);
  if (d.isMinutes) return d;
  const { reason, ...rest } = d;
  return { ...rest, isMinutes: true, warnings: reason ? [reason, ...d.warnings] : d.warnings };
}
