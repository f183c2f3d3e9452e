/**
 * A motion put in a line of its own, then its vote on the lines below: "Move to make proposal 1" /
 * "- 4 votes FOR, 1 ABSTAIN" / "- motion passes"; "Vote on the motion BV_A to offer a discounted rate:" /
 * "Vote: 5 in favor" / "Resolution: Vote passed"; "Steve move motion to have no auditor" / "Fletcher
 * second" / "Motion carried unanimously". Small bodies' notes print motions so; the motion is a
 * decision when the vote below says it passed, none when it failed (LABELS.md), and an agenda's
 * "Move to …" with no vote below stays no decision.
 */
import { alt } from '../lexicon/build';
import { EN_MOTION_CALLS, EN_VOTE_PASSED, EN_VOTE_FAILED } from '../lexicon/en';

const NAME = "\\p{Lu}[\\p{L}.'’-]{0,20}(?: \\p{Lu}[\\p{L}.'’-]{0,20}){0,2}";
/** The motion: "Move to …", "Vote on the motion X to …", "Motion 2: …", "Steve moves to …". */
const CALL = new RegExp(`^(?:${alt(EN_MOTION_CALLS)})\\b|^${NAME} (?:move|moves|moved|motions|motioned|proposes|proposed) (?:a |the )?(?:motion )?(?:to|that) \\p{L}`, 'iu');
/** A line saying the vote passed: "motion passes", "Resolution: Vote passed", "MOTION PASSED.", "Carried unanimously". */
const PASSED = new RegExp(`^(?:(?:resolution|result|outcome|decision) ?: ?)?(?:the )?(?:(?:motion|vote|proposal|resolution) )?(?:${alt(EN_VOTE_PASSED)})\\b`, 'i');
const FAILED = new RegExp(`^(?:(?:resolution|result|outcome|decision) ?: ?)?(?:the )?(?:(?:motion|vote|proposal|resolution) )?(?:was )?(?:${alt(EN_VOTE_FAILED)})\\b`, 'i');
/** How many lines the vote may take below its motion (tallies, a seconder, a "Voting:" label). */
const REACH = 5;

/** A line past its bullet or number ("- motion passes", "1. Move to …"). */
const bare = (t: string) => t.trim().replace(/^(?:[-*+•]{1,2}|\(?\d{1,3}[.)]) {0,3}/, '');

/** Indexes of the lines that are motions the lines below them say passed. */
export function passedMotionLines(texts: readonly string[]): Set<number> {
  const out = new Set<number>();
  for (let k = 0; k < texts.length; k++) {
    if (!CALL.test(bare(texts[k]))) continue;
    for (let j = k + 1; j <= k + REACH && j < texts.length; j++) {
      const t = bare(texts[j]);
      // The next motion, or a paragraph of its own: this one's vote is not below it.
      if (CALL.test(t) || t.length > 120) break;
      if (FAILED.test(t)) break;
      if (PASSED.test(t)) {
        out.add(k);
        break;
      }
    }
  }
  return out;
}

/** Whether an offset falls in a line that is a motion passed by the vote below it. */
export function passedMotionAt(lines: readonly { text: string; start: number; end: number }[]): (at: number) => boolean {
  const passed = [...passedMotionLines(lines.map((l) => l.text))].map((k) => lines[k]);
  return (at) => passed.some((l) => l.start <= at && at < l.end);
}
