/**
 * An outcome that points back at the motion before it: "Moved by her that the minutes be adopted.
 * Seconded by Peter. The motion was carried.", "Proposal by the committee: fees to remain at £10." /
 * "The motion was proposed by A and seconded by B and carried unanimously.", a quoted resolution
 * and "This was carried in silence." Clubs' and councils' notes print the motion's words first and
 * its fate after; the decision is the motion (its words can be found, "the motion was carried" says
 * nothing of what), so the motion is read in the outcome's place. A seconding in between is passed
 * over; an announcement ending in a colon ("… seconded the following resolution:-") gives way to
 * the words it announces. An outcome with no motion before it stays as it was read.
 */
import { splitSentences } from '../text/sentences';

/** "The motion was carried", "Motion carried unanimously", "This was carried in silence", "which was duly adopted". */
const BACK = /^(?:the\s+|this\s+|that\s+)?(?:motion|proposal|resolution|recommendation|amendment|this|it|which|same)\s+(?:was\s+|were\s+|has\s+been\s+)?(?:(?:proposed|moved)\s+by\s+[^;:]{2,60}?\s+and\s+(?:seconded\s+by\s+[^;:]{2,60}?\s+and\s+)?)?(?:then\s+|duly\s+|unanimously\s+)?(?:carried|passed|adopted|approved|agreed)\b(?!\s+(?:that|to|on|upon|with|for|in\s+principle)\b)/i;
/**
 * The motion's subject said to have passed, the whole sentence: "The minutes were approved unanimously.",
 * "The budget was unanimously approved." Read back only after a member's motion ("Motion by Mary Morich to
 * approve January minutes; seconded by Becky Elwell."), where it is that motion's fate told again.
 */
const SUBJECT_BACK = /^(?:the\s+)?(?:[\p{L}'’-]+\s+){1,4}(?:was|were)\s+(?:then\s+|duly\s+)?(?:unanimously\s+)?(?:carried|passed|adopted|approved|accepted)(?:\s+(?:unanimously|as\s+(?:presented|read|amended|circulated|written|distributed)))?\s*[.!]?$/iu;
/** A member's motion, its mover named: "Motion by X to …", "X moved …", "X made a motion …". */
const MOVER_MOTION = /\bmotion\s+(?:was\s+)?(?:made\s+)?by\b|\b(?:moved|motioned|made\s+a\s+motion)\b/i;
/** A seconding between the motion and its fate: "Seconded by Peter (PB).", "Motion second by Larry.", "Jordan seconded." */
// …or given in words of its own: "Mr. Lange made a second to the motion.", "Ann Lee seconded the said motion."
const SECONDING = /^(?:(?:the\s+)?motion\s+(?:was\s+)?)?(?:seconded|supported|second)\s+by\b|^[\p{L}.'’() -]{2,40}\s(?:seconded|supported|(?:made|gave|offered)\s+(?:a|the)\s+second)(?:\s+(?:to\s+|on\s+)?(?:it|this|the(?:\s+said)?\s+motion))?\.?$/iu;
/** What reads as a motion's words: a mover, a proposal, a motion, or a resolution's "That …" / "To …". */
const MOTION = /\b(?:mov(?:e|ed|es)|propos(?:al|ed|es)|motion|resolution|recommend(?:s|ed|ation))\b|^["“‘']?(?:that|to)\s/i;
/** An announcement of the words below it: "The Mayor moved & Cr Hudson seconded the following resolution:-". */
const ANNOUNCES = /[:：]\s*[-–—]?\s*$/;

interface Unit {
  text: string;
  start: number;
}
interface Found {
  text: string;
  start: number;
  end: number;
}

/** Whether a sentence only says the motion before it passed. */
export const carriedBack = (s: string): boolean => BACK.test(s.replace(/^[\s\-*•]+/, ''));

/**
 * The decisions read from `units`, each back-pointing outcome put in its motion's place. `make`
 * reads a sentence as a decision.
 */
export function withMotionsBack<T extends Found>(out: T[], units: readonly Unit[], make: (text: string, start: number, end: number) => T): T[] {
  const sents = units.flatMap((u) =>
    splitSentences(u.text, 'en').map((s) => {
      const lead = /^[\s\-*•]*/.exec(s.text)?.[0].length ?? 0;
      return { text: s.text.slice(lead).trimEnd(), start: u.start + s.index + lead, end: u.start + s.index + s.text.trimEnd().length };
    }),
  );
  const result = [...out];
  const at = (s: { start: number; end: number }) => result.findIndex((d) => d.start < s.end && s.start < d.end);
  for (const [k, s] of sents.entries()) {
    const subject = !carriedBack(s.text) && SUBJECT_BACK.test(s.text);
    if (!carriedBack(s.text) && !subject) continue;
    let j = k - 1;
    if (j >= 0 && SECONDING.test(sents[j].text)) j--;
    const motion = sents[j];
    if (!motion || !MOTION.test(motion.text) || carriedBack(motion.text) || (subject && !MOVER_MOTION.test(motion.text))) continue;
    // The fate read as a decision of its own, with the seconding before it perhaps ("seconded by Y. The minutes were approved.").
    const own = at(s);
    if (own >= 0 && result[own].start >= sents[Math.min(j + 1, k)].start) result.splice(own, 1);
    if (at(motion) < 0) {
      const next = result.findIndex((d) => d.start > motion.start);
      result.splice(next < 0 ? result.length : next, 0, make(motion.text, motion.start, motion.end));
    }
    const before = sents[j - 1];
    const intro = before && ANNOUNCES.test(before.text) ? at(before) : -1;
    if (intro >= 0 && result[intro].start >= before.start) result.splice(intro, 1);
  }
  return result;
}
