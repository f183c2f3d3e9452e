/**
 * Line classes read off a labelled record: each line of a linearized document gets the class of the
 * field value it holds (the title and header, the attendance, a decision or action, the
 * distribution), else "other". The same reading serves a case's expected.json (the training label)
 * and an extractor's draft (which lines the rules used), so the two can be compared line by line.
 */
import { compareKey, stripLeadNumber } from '../text/compare-key';

/** The header is two classes: the title and number ("heading"), and the body that issued the record ("issuer"). */
export const LINE_CLASSES = ['other', 'heading', 'attendance', 'decision', 'distribution', 'issuer'] as const;
export type LineClass = (typeof LINE_CLASSES)[number];

/** The field values the classes are read from (expected.json and MinutesDraft both have them). */
export interface LabelledValues extends Record<string, unknown> {
  title?: unknown;
  docNumber?: unknown;
  issuer?: unknown;
  presider?: unknown;
  attendees?: unknown;
  decisions?: unknown;
  recipients?: unknown;
}

/** As the scorer compares values (text/compare-key.ts). */
export const normKey = compareKey;
export const stripLead = stripLeadNumber;

const strings = (v: unknown): string[] =>
  (Array.isArray(v) ? v : [v]).map((x) => (x && typeof x === 'object' && 'name' in x ? (x as { name: unknown }).name : x)).map(normKey).filter((s) => s.length >= 2 && /[\p{L}\p{N}]/u.test(s));

/** A line holds a value when it contains it, or is a long enough piece of it (a wrapped value). */
function holds(line: string, value: string, piece = 8): boolean {
  if (!line || !value) return false;
  return line.includes(value) || (line.length >= Math.min(piece, value.length) && value.includes(line));
}

/**
 * The class of each line (given as printed text), read from the record's values. A line that holds
 * a decision is a decision even when it names people; a line that names several attendees (or one,
 * in a short line) is attendance; a label line ending in a colon takes the class of the line below.
 */
export function labelLines(texts: string[], values: LabelledValues): LineClass[] {
  const keys = texts.map(normKey);
  const heads = [...strings(values.title), ...strings(values.docNumber)];
  const issuers = strings(values.issuer);
  const people = [...new Set([...strings(values.presider), ...strings(values.attendees)])];
  const decisions = (Array.isArray(values.decisions) ? values.decisions : [])
    .map((d) => normKey((d as { text?: unknown })?.text))
    .filter((s) => s.length >= 2);
  const recipients = strings(values.recipients);
  const isDecision = (bare: string) =>
    !!bare && decisions.some((d) => (stripLead(d).slice(0, 12).length > 0 && bare.includes(stripLead(d).slice(0, 12))) || holds(bare, stripLead(d)));
  const out: LineClass[] = keys.map(() => 'other');
  const n = keys.length;
  // A name in a short line after the first decision is someone acting, not attending.
  const at = keys.findIndex((k) => isDecision(stripLead(k)));
  const firstDecision = at < 0 ? n : at;
  keys.forEach((k, i) => {
    if (!k) return;
    const bare = stripLead(k);
    if (isDecision(bare)) {
      out[i] = 'decision';
      return;
    }
    const named = people.filter((p) => k.includes(p)).length;
    if (named >= 2 || (named === 1 && k.length <= 60 && i < firstDecision)) {
      out[i] = 'attendance';
      return;
    }
    const sent = recipients.filter((r) => k.includes(r)).length;
    if (sent >= 1 && (i >= n / 2 || sent >= 2) && k.length <= 300) {
      out[i] = 'distribution';
      return;
    }
    if (heads.some((h) => holds(k, h, 6) && k.length <= h.length * 1.5 + 12)) out[i] = 'heading';
  });
  // The issuer printed on a line of its own (a date may follow it).
  keys.forEach((k, i) => {
    if (out[i] === 'other' && issuers.some((s) => holds(k, s, 4) && k.length <= s.length + 12)) out[i] = 'issuer';
  });
  // "Present:", "抄送：" alone on a line: the class of the list below it.
  for (let i = n - 2; i >= 0; i--) {
    if (out[i] === 'other' && out[i + 1] !== 'other' && out[i + 1] !== 'heading' && /[:：]$/.test(texts[i].trim()) && keys[i].length <= 40) out[i] = out[i + 1];
  }
  return out;
}
