/**
 * A report item closed only by its being noted ("會務暨工作報告(附件1)。決定:洽悉。", "決議：准予備查"): the
 * meeting heard it and decided nothing, as a Taiwanese record's 報告事項 are closed. No decision.
 */
import type { FoundDecision } from '../fields/decisions';

const NOTED_ONLY = /(?:決定|决定|決議|决议)\s*[:：]\s*(?:洽悉|准予備查|准予备查|准予核備|准予核备|照案備查|照案备查|備查|备查|知悉)[。.]?\s*$/;

export function withoutNotedOnly(decisions: FoundDecision[], lang: 'zh' | 'en'): FoundDecision[] {
  return lang === 'zh' ? decisions.filter((d) => !NOTED_ONLY.test(d.text)) : decisions;
}
