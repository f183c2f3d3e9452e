/**
 * A paragraph that tells one motion in the chair's words and the members' ("Chairperson Lambert asked for
 * a motion to approve the Agenda. Commissioner Thomason moved that the Agenda be approved. Commissioner
 * Joiner seconded the said motion and all members voted aye. Chairperson Lambert declared the Agenda
 * approved."): one decision, the motion as printed. The chair's request for it and the chair's
 * declaration after it are the same outcome told again.
 */
import type { FoundDecision } from './decisions';

/** The chair asking for a motion: no outcome yet. */
const ASKED_FOR_MOTION = /\b(?:asked|called|requested|entertained|sought)\s+(?:for\s+)?(?:a\s+)?motion\b/i;
/** The chair declaring what the motion carried. */
const DECLARED = /\bdeclared\s+(?:that\s+)?(?:the\s+)?[^.;]{0,80}?\b(?:approved|adopted|carried|passed|accepted)\b/i;
/** A member's motion told as a sentence. */
const MOVED = /\b(?:moved|motioned|made a motion)\b/i;

/** The paragraph's decisions with the request for its motion and the declaration after it left out, where the motion is among them. */
export function oneMotionPerParagraph(found: FoundDecision[]): FoundDecision[] {
  if (found.length < 2 || !found.some((d) => MOVED.test(d.text) && !ASKED_FOR_MOTION.test(d.text))) return found;
  return found.filter((d) => !(ASKED_FOR_MOTION.test(d.text) && !MOVED.test(d.text)) && !(DECLARED.test(d.text) && !MOVED.test(d.text)));
}
