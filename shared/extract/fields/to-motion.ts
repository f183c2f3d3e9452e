/**
 * A labelled motion whose resolution opens with "To" and a verb ("Motion: To approve the agenda as
 * posted.", "Resolution: To accept the Treasurer's report"): the form clubs' and societies' minutes
 * print over Mover / Seconder / Carried lines. It is a motion's resolution as "Motion: That …" is;
 * its text leaves the label out, and a mover printed in a column to its right ("… as posted.
 * Mover: D. Ford", a PDF's layout) too.
 */
import { alt } from '../lexicon/build';
import { EN_MOTION } from '../lexicon/en';

const LABELS = ['motion', 'resolution', 'resolved'];
const TO_MOTION = new RegExp(`^[\\s•*\\-–·]{0,6}(?:${alt(LABELS)}) {0,3}[:：\\-–] {0,3}["“‘']?(?=to {1,3}(?!be\\b|the\\b|a\\b|an\\b)[a-z]{3,}\\b)`, 'i');
const MOVER_COLUMN = new RegExp(` {6,80}(?:${alt([...EN_MOTION.mover, ...EN_MOTION.seconder])})\\b.{0,80}$`, 'i');

/** Whether a line is such a motion. */
export function isToMotion(line: string): boolean {
  return TO_MOTION.test(line);
}

/** The motion's words as printed: label and mover column left out. */
export function toMotionText<T extends { text: string; start: number; end: number }>(r: T): T {
  const label = r.text.match(TO_MOTION)?.[0].length ?? 0;
  if (!label && !MOVER_COLUMN.test(r.text)) return r;
  const text = r.text.slice(label).replace(MOVER_COLUMN, '').trim();
  const start = r.start + r.text.indexOf(text, label);
  return { ...r, text, start, end: start + text.length };
}
