/**
 * An agenda that tags each item with the paper it comes with, at the line's end ("4. Minutes of the Previous
 * Meeting Enclosure", "6. Chief Executive's Briefing Verbal", "11. Staff Survey Results Presentation"), as
 * trusts' and councils' agendas print their papers' column: the items are to be taken, their papers sent
 * ahead. Minutes record what was done under an item, not what it will come with.
 */
import type { Segmented } from '../segment/segment';

/** The paper's tag ending an item's line, after its title. */
const PAPER_TAG = /\S.{2,120}?\s(?:Enclosure|Encl?\.|Verbal(?:\s+(?:report|update))?|Presentation|Attached|To\s+follow)\s*$/i;

/** Three numbered items or more (as the segmenter numbers them) tagged with their paper. */
export function paperTaggedItems(seg: Segmented): boolean {
  return seg.lang !== 'zh' && seg.lines.filter((l) => l.kind !== 'chrome' && l.num && PAPER_TAG.test(l.text.slice(l.num.restAt))).length >= 3;
}
