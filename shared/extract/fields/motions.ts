/**
 * English motions and actions printed as blocks:
 *  - a motion: "MOVED BY X" / "SECONDED BY Y" / "THAT …" / "CARRIED" (in any order, with
 *    "Proposed by", "Moved:", "Motion: That …", "And Resolved:"); a lost motion is no decision;
 *  - an action: "Action Point 1" / the task / "Owner: X" / "Due: …";
 *  - an action table: a head row naming owner, action and due, then one row per action.
 * The words come from the English lexicon (EN_MOTION, EN_ACTION).
 */
import type { SegLine, Segmented } from '../segment/segment';
import { alt } from '../lexicon/build';
import { EN_ACTION, EN_MOTION } from '../lexicon/en';
import { splitSentences } from '../text/sentences';
import { isMotionHeading } from './motion-heads';
import { readMotionTables } from './motion-tables';
import { tableCells } from '../text/table-cells';
import { reviewsEarlierActions } from './action-review';
import { bareMovedThat } from './moved-that';
import { leftTaskColumn } from './action-table-heads';
import { isToMotion, toMotionText } from './to-motion';
import { isNamedThat, VOTE_AT_END } from './named-that';

export interface BlockDecision {
  text: string;
  start: number;
  end: number;
  assignees: string[];
  /** The deadline as printed, when the block has a column or line for it. */
  due: string | null;
  /** Lines the block is made of: no other reading may take them again. */
  lines: number[];
  /** Not sure: a form read from less than a block's labels (a mover's name alone before "that"), or a motion with no vote after it. */
  loose?: boolean;
  /** Put and nothing more: no seconder, no vote, no word of an outcome (a motion to be put, as an agenda prints it). */
  proposed?: boolean;
}

// A motion's register number may lead its line, after its item's heading run in: "17-95 MOVED by …",
// "2. AGENDA 17-91 MOVED by … that …".
const LEAD = "^[\\s•*\\-–·]*(?:(?:\\d{1,2}\\.\\s+)?(?:[A-Z][A-Z&/'’-]+\\s+){0,4}\\d{1,4}-\\d{2,4}\\s+)?";
/** Words a name follows straight ("Moved by X", "RESOLVED on the motion of Crs A and B"). */
const NAME_FOLLOWS = /\b(?:by|of)$/i;
/** A "… by" word takes its name straight after ("MOVED BY X"); a bare word needs a colon ("Moved: X"). */
function partLine(words: readonly string[], nameRequired: boolean): RegExp {
  const by = words.filter((w) => NAME_FOLLOWS.test(w));
  const bare = words.filter((w) => !NAME_FOLLOWS.test(w));
  // "Moved by:Councillor X": a colon may run straight into the name.
  return new RegExp(`${LEAD}(?:${alt(by)}(?:\\s*[:：;,]\\s*|\\s+)|${alt(bare)}\\s*[:：]\\s*)(\\S.{0,80})${nameRequired ? '' : '?'}$`, 'i');
}
const MOVER = partLine(EN_MOTION.mover, true);
const SECONDER = partLine(EN_MOTION.seconder, false);
const SUPPORT = /^[\s•*\-–·]*(?:support(?:ed)?(?: by)?|in favou?r|against|abstain(?:ed|ing|s)?|for|votes?)\s*[:：]/i;
const LOST = new RegExp(`${LEAD}[(\\[]?${alt(EN_MOTION.lost)}\\b`, 'i');
const CARRIED = new RegExp(`${LEAD}[(\\[]?${alt(EN_MOTION.carried)}\\b`, 'i');
// "Resolved:-", "RESOLVED –": a label some clerks close with a dash; "Resolution No. 21/045",
// "RESOLUTION 2019/112": a council's register number after it.
const RESOLVED_LABEL = new RegExp(`${LEAD}${alt(EN_MOTION.resolved)}(?:\\s+(?:no\\.?|number|#)\\s*\\d[\\w/.-]{0,14}|\\s+\\d[\\w/.-]{0,14})?\\s*[:：]?\\s*[-–—]?\\s*$`, 'i');
// An item's number may open the line ("1.1. Moved by: X that …", "(3) Moved Cr A that …").
const ITEM_LEAD = String.raw`(?:\(?\d{1,2}(?:\.\d{1,2}){0,2}[.)]?\s+)?`;
/**
 * A motion told on one line, its movers named before the resolved words: "On the Motion of
 * Councillors A and B That Council grant …", "Moved Cr A, seconded Cr B that the report be received".
 * It is a sentence, kept as printed (the labels' rule); a result on the lines after still counts.
 */
// Not a wrapped line's tail ("moved and Mr B seconded the motion that …" goes on from the line above),
// not a form's blanks ("Motion by __, support by __, that …"); "Proposed A, seconded B, and RESOLVED
// that …" is read from its formula, as other sentences that name the outcome.
const MOVED_THAT = new RegExp(`${LEAD}${ITEM_LEAD}(?!.*_{2})(?:${alt(EN_MOTION.mover)})(?:\\s*[:：]\\s*|\\s+)(?!that\\b)[^;:]{2,100}?(?<!\\b(?:resolved|agreed|decided|unanimously))\\sthat[\\s,]`, 'i');
const movedThat = (t: string) => MOVED_THAT.test(t) && !/^[\s•*\-–·]*[a-z]/.test(t);
/** "THAT …", "“That, …", "Motion: That …", "RESOLVED: That …", "RESOLVED that …". */
const RESOLUTION = new RegExp(`${LEAD}(?:${alt(EN_MOTION.resolved)}\\s*[:：]?\\s*)?["“‘']?(?=that\\b[\\s,])`, 'i');
/** A resolution worded as what is to be done: "To confirm the minutes of …", "“To approve the accounts.”". */
const TO_RESOLUTION = /^[\s•*\-–·]*["“‘']?to\s+(?!be\b|the\b|a\b|an\b)[a-z]{3,}\b/i;
/** The formula that names the body before the resolved words: "That the X Local Board:". */
// Letters of any script: "That the Waitematā Local Board:".
// A time's colon ("at 6:04 p.m.") ends no formula.
const FORMULA = /^["“‘']?that,?\s+the\s+[\p{L}\p{N}_'’&,. -]{2,80}?\s*[:：](?!\d)\s*/iu;
/** The formula naming a body in capitals of its own ("That the Regional Council:"), not a resolution's words ("THAT the Agenda be amended to include:"). */
const BODY_FORMULA = /^["“‘']?(?:that|That|THAT),?\s+(?:the|The|THE)\s+(?:\p{Lu}[\p{L}\p{N}'’&.-]*\s+){0,5}\p{Lu}[\p{L}\p{N}'’&.-]*\s*[:：](?!\d)\s*/u;
const FORMULA_ALONE = new RegExp(`${BODY_FORMULA.source.replace(/\\s\*$/, '')}\\s*$`, 'u');
/** The first clause's number after the formula: "1 Accepts …", "1. Receives …", "(a) Notes …". */
const FORMULA_CLAUSE = /^(?:\(?\d{1,2}[.)]?|\([a-z]\))\s+(?=\p{Lu})/u;
/** The vote closing the resolution's own line, a table's bar perhaps after it: "… at the meeting. CARRIED |". */
const CARRIED_AT_END = /(?<=[.;]\s{0,3})(?:CARRIED|Carried)(?:\s+(?:UNANIMOUSLY|[Uu]nanimously))?[.\s|]{0,8}$/;

const ACTION_HEAD = new RegExp(`^[\\s•*\\-–]*${alt(EN_ACTION.line)}(?:\\s*(?:no\\.?\\s*)?\\d{1,3}(?:\\.\\d{1,2})?)?\\s*[:：]?\\s*$`, 'i');
const OWNER_LINE = new RegExp(`^[\\s•*\\-–]*${alt(EN_ACTION.owner)}\\s*[:：]\\s*(\\S.{0,80})$`, 'i');
const DUE_LINE = new RegExp(`^[\\s•*\\-–]*${alt(EN_ACTION.due)}\\s*[:：]\\s*(\\S.{0,60})$`, 'i');

function short(l: SegLine | undefined, max = 90): boolean {
  return !!l && l.text.length <= max;
}

/** "Councillor Wang" / "Cllr A Smith (K);" → a list of the people named. */
function people(v: string): string[] {
  return v
    .replace(/[;.]+$/, '')
    .split(/\s*(?:,|&|\band\b)\s*/)
    .map((x) => x.trim())
    .filter((x) => x.length >= 2 && x.length <= 60);
}

/** "Motion: 494-2011  Moved by X  Seconded by Y": the motion's number, mover and seconder on one line. */
// "Motion:      Moved: Clr A      Seconded: Clr B": a bare word takes its name after a colon.
const MOVER_INLINE = new RegExp(
  `^[^.;]{0,40}\\b(?:(?:${alt(EN_MOTION.mover.filter((w) => NAME_FOLLOWS.test(w)))})\\s*[:：]?\\s+|(?:${alt(EN_MOTION.mover.filter((w) => !NAME_FOLLOWS.test(w)))})\\s*[:：]\\s*)\\S`,
  'i',
);
/** "Disposition  Carried", "Result: Lost": the result under a label of its own. */
const RESULT_LABELLED = new RegExp(`^[\\s•*\\-–·]*(?:disposition|result|outcome|vote)\\s*[:：\\-–]?\\s*[(\\[]?(?:${alt(EN_MOTION.carried)}|${alt(EN_MOTION.lost)})\\b`, 'i');

/**
 * Mover and seconder in brackets after the label: "Resolved (Cr George Smith / Cr Ann Lee)",
 * "MOVED (Smith/Jones)" — the resolution follows on the next line.
 */
const PAIR_LABEL = new RegExp(`${LEAD}(?:${alt([...EN_MOTION.resolved, ...EN_MOTION.mover])})\\s*[(\\[]\\s*[^()\\[\\]/]{2,60}?\\s*/\\s*[^()\\[\\]/]{2,60}?\\s*[)\\]]\\s*[.:：]?\\s*$`, 'i');
/** The result told as a sentence: "The Motion on being put to the meeting was carried unanimously." */
const RESULT_SENTENCE = new RegExp(`${LEAD}the motion\\b[^.;]{0,60}?\\b(?:was|is)\\s+(?:${alt([...EN_MOTION.carried, ...EN_MOTION.lost])})\\b[^.;]{0,30}[.;]?$`, 'i');
const LOST_SENTENCE = new RegExp(`^[\\s•*\\-–·]*the motion\\b[^.;]{0,60}?\\b(?:was|is)\\s+${alt(EN_MOTION.lost)}\\b`, 'i');

/**
 * Mover and seconder told on one line with nothing resolved on it: "Moved Cr A, seconded Deputy
 * Mayor B and resolved:" — the resolution follows on the next line.
 */
const MOVED_SECONDED = new RegExp(
  `${LEAD}(?:moved|proposed)\\s+(?:by\\s+)?(?!that\\b)(?:(?!\\bto\\b)[^,;:]){2,60},?\\s+(?:and\\s+)?seconded\\s+(?:by\\s+)?(?:(?!\\bto\\b)[^,;:]){2,60}?(?:,?\\s+(?:${alt(EN_MOTION.resolved.filter((w) => w.startsWith('and')))}|and carried|and agreed))?\\s*[:.]?$`,
  'i',
);

/** The rest of a name a wrapped line carried over: "Chambers:", "Smith and Cr Jones." */
const NAME_TAIL = /^(?:\p{Lu}[\w.'’-]*)(?:\s+(?:and\s+|&\s+)?\p{Lu}[\w.'’-]*){0,3}\s*[:.;]?$/u;

const PREAMBLE = new RegExp(`${LEAD}${alt(EN_MOTION.preamble)}\\b`, 'i');

/** A line opening a motion's preamble: "WHEREAS …", "And whereas …", perhaps after its resolution's number. */
export function isPreamble(text: string): boolean {
  return PREAMBLE.test(text);
}

function isMotionPart(l: SegLine): 'mover' | 'seconder' | 'support' | 'result' | 'label' | 'resolution' | 'preamble' | null {
  const t = l.text;
  // "WHEREAS …" lines stand between a motion's mover and its "BE IT RESOLVED THAT …".
  if (PREAMBLE.test(t)) return 'preamble';
  // "Motion: To approve the agenda …" (fields/to-motion.ts).
  if (isToMotion(t)) return 'resolution';
  // "Motion to adopt the voting system, X": a heading over the motion's own words (fields/motion-heads.ts).
  if (isMotionHeading(t)) return 'label';
  if (movedThat(t) || bareMovedThat(t) >= 0) return 'resolution';
  if (short(l, 140) && PAIR_LABEL.test(t)) return 'mover';
  if (short(l, 140) && MOVED_SECONDED.test(t) && !/\bthat\b/i.test(t)) return 'mover';
  if (short(l, 120) && RESULT_SENTENCE.test(t)) return 'result';
  if (short(l) && MOVER.test(t) && !/\bthat\b/i.test(t.slice(0, 20))) return 'mover';
  // Columns padded with spaces count as one gap.
  if (short(l, 120) && MOVER_INLINE.test(t.replace(/\s{2,}/g, ' ')) && !/\bthat\b/i.test(t)) return 'mover';
  if (short(l, 80) && RESULT_LABELLED.test(t) && !/\bthat\b/i.test(t)) return 'result';
  if (short(l) && SECONDER.test(t)) return 'seconder';
  if (short(l) && SUPPORT.test(t)) return 'support';
  if (short(l, 80) && (LOST.test(t) || CARRIED.test(t)) && !/\bthat\b/i.test(t)) return 'result';
  if (short(l, 40) && RESOLVED_LABEL.test(t)) return 'label';
  if (RESOLUTION.test(t)) return 'resolution';
  // "002-16 Councillor Currie that the agenda be accepted … Carried" (fields/named-that.ts).
  if (isNamedThat(t)) return 'resolution';
  return null;
}

/** The resolved words as printed: label, quotes and the body's formula left out. */
function resolutionText(seg: Segmented, l: SegLine): { text: string; start: number; end: number; line: SegLine } {
  let at = (l.text.match(RESOLUTION)?.[0].length ?? 0);
  // Keep the resolution's own "That"; drop an opening quote.
  const rest = l.text.slice(at);
  const f = rest.match(FORMULA);
  if (f && rest.length > f[0].length + 3) at += f[0].length;
  else if (f) {
    // The formula alone on its line: the resolved words follow on the next.
    const next = seg.lines[l.i + 1];
    if (next && next.kind === 'text') {
      const words = next.text.replace(/^[\s•*\-–·]*(?:\(?[a-z]\)\s*)?/, '').replace(FORMULA_CLAUSE, '').replace(CARRIED_AT_END, '').trim();
      return { text: words, start: next.start + next.text.indexOf(words), end: next.end, line: next };
    }
  }
  // The formula's first numbered clause ("That the Council: 1 Accepts …") and the vote at the line's end are no part of the words.
  const numbered = f ? (l.text.slice(at).match(FORMULA_CLAUSE)?.[0].length ?? 0) : 0;
  const text = l.text.slice(at + numbered).replace(CARRIED_AT_END, '').replace(/^["“‘']/, '').replace(/["”’']\s*$/, '').trim();
  return { text, start: l.start + l.text.indexOf(text, at), end: l.end, line: l };
}

function printedLine(l: SegLine): { text: string; start: number; end: number; line: SegLine } {
  const text = l.text.replace(/^[\s•*\-–·]+/, '').trim();
  return { text, start: l.start + l.text.indexOf(text), end: l.end, line: l };
}

/** A motion told in a sentence: its line up to the sentence's end ("… inclusive. Note that …" stops there). */
function firstSentence(l: SegLine, from = 0): { text: string; start: number; end: number; line: SegLine } {
  // The item's own number ("2. AGENDA 17-91 MOVED by …") is no sentence of its own.
  from ||= l.num?.restAt ?? 0;
  const p = printedLine(from ? { ...l, text: l.text.slice(from), start: l.start + from } : l);
  const s = splitSentences(p.text, 'en')[0];
  if (!s) return p;
  return { text: s.text, start: p.start + s.index, end: p.start + s.index + s.text.length, line: l };
}

/** A resolution led by its mover's name: the lead as printed ("4. ACCTS. DUNN –", its stops no sentence's end), then the resolution's first sentence, its vote left out. */
function namedSentence(l: SegLine): { text: string; start: number; end: number; line: SegLine } {
  const from = l.num?.restAt ?? 0;
  const p = printedLine(from ? { ...l, text: l.text.slice(from), start: l.start + from } : l);
  const at = Math.max(0, p.text.search(/\b(?:that|That|THAT)\s/));
  const rest = splitSentences(p.text.slice(at), 'en')[0]?.text ?? p.text.slice(at);
  const text = (p.text.slice(0, at) + rest).replace(VOTE_AT_END, '').trim();
  return { text, start: p.start, end: p.start + text.length, line: l };
}

/** A result line's words past its label ("Vote: Passed by show of hands", "Disposition - Carried"). */
const resultWords = (text: string): string => text.replace(/^[\s•*\-–·]*(?:disposition|result|outcome|vote)\s*[:：\-–]?\s*/i, '');

/** The numbered item's line right above a mover's: short, a heading of what is put, not a label or a sentence of discussion. */
function itemAbove(seg: Segmented, mover: SegLine): SegLine | null {
  const l = seg.lines[mover.i - 1];
  // A decimal item number glued to its words by a PDF's text ("2.1Ratify Minutes …") numbers it too.
  if (!l || l.kind !== 'text' || !(l.num || GLUED_NUMBER.test(l.text)) || l.text.length > 120 || /[.:;]$/.test(l.text.trim())) return null;
  return itemWords(l).length >= 8 ? l : null;
}
const GLUED_NUMBER = /^\s*\d{1,2}(?:\.\d{1,2})+\s?(?=\p{Lu})/u;
const itemWords = (l: SegLine): string => (l.num ? l.text.slice(l.num.restAt) : l.text.replace(GLUED_NUMBER, '')).trim();

function readMotions(seg: Segmented, from: number, to: number, used: Set<number>): BlockDecision[] {
  const out: BlockDecision[] = [];
  let i = from;
  while (i < to) {
    // A run of consecutive motion parts.
    const run: { l: SegLine; part: NonNullable<ReturnType<typeof isMotionPart>> | 'clause' }[] = [];
    let j = i;
    for (; j < to; j++) {
      let part: (typeof run)[number]['part'] | null = isMotionPart(seg.lines[j]);
      // The formula alone on its line ("That the Regional Council:"): the resolved words on the next, whatever they open with.
      const last = run[run.length - 1];
      if (!part && last?.part === 'resolution' && FORMULA_ALONE.test(last.l.text) && seg.lines[j].kind === 'text') part = 'clause';
      // "Proposed by … / Seconded by … / AND AGREED / “To confirm the minutes …”": once a motion is
      // moved, a line opening with "To" and a verb is its resolution.
      if (!part && run.some((x) => x.part === 'mover' || x.part === 'seconder') && !run.some((x) => x.part === 'resolution') && TO_RESOLUTION.test(seg.lines[j].text)) part = 'resolution';
      // A mover's or seconder's line wrapped: "MOVED by Chair P Coom, seconded by Deputy Chair S" / "Chambers:".
      if (!part && run.length && (run[run.length - 1].part === 'mover' || run[run.length - 1].part === 'seconder') && NAME_TAIL.test(seg.lines[j].text) && j + 1 < to && isMotionPart(seg.lines[j + 1])) part = run[run.length - 1].part;
      // Under a motion's heading, a line followed by the vote is the motion's text, whatever its words.
      if (!part && run.length === 1 && isMotionHeading(run[0].l.text) && j + 1 < to && isMotionPart(seg.lines[j + 1]) === 'result') part = 'resolution';
      if (!part) break;
      run.push({ l: seg.lines[j], part });
    }
    if (!run.length) {
      i++;
      continue;
    }
    // Cut the run into motions: a new mover after a resolution (or after a result) starts the next.
    let cur: typeof run = [];
    const flush = () => {
      const res = cur.find((x) => x.part === 'resolution');
      // A preamble ("WHEREAS …") makes a block as a mover does: its resolution is read without its formula.
      const moved = cur.some((x) => x.part === 'mover' || x.part === 'seconder' || x.part === 'label' || x.part === 'preamble');
      const labelled = res && /^\s*[•*\-–·]*\s*(?:motion|resolved|and resolved)\b/i.test(res.l.text);
      const bareAt = res ? bareMovedThat(res.l.text) : -1;
      // A resolution led by its mover's name alone counts once its vote is recorded (fields/named-that.ts).
      const named = !!res && !RESOLUTION.test(res.l.text) && isNamedThat(res.l.text) && (VOTE_AT_END.test(res.l.text) || cur.some((x) => x.part === 'result' && CARRIED.test(resultWords(x.l.text))));
      const told = !!res && (movedThat(res.l.text) || bareAt >= 0 || named);
      const result = cur.find((x) => x.part === 'result');
      // A council's formula closed by its vote, with no mover named: "That the Regional Council: / 1 Accepts
      // the apology … / CARRIED", the vote on the line after or at the line's own end.
      const voted = !!res && BODY_FORMULA.test(res.l.text.replace(RESOLUTION, '')) && ((!!result && CARRIED.test(result.l.text)) || cur.some((x) => (x.part === 'resolution' || x.part === 'clause') && CARRIED_AT_END.test(x.l.text)));
      // "2.1 Ratify Minutes of AGM held 5th October 2006" / "Moved: A" / "Seconded: B" / "Vote: Passed …": the item's
      // own line above its mover is the motion's words, where the block prints none of its own.
      const above = !res && result && CARRIED.test(resultWords(result.l.text)) && cur[0]?.part === 'mover' && cur.some((x) => x.part === 'seconder') ? itemAbove(seg, cur[0].l) : null;
      if (above && !used.has(above.i)) {
        const words = itemWords(above);
        const at = above.start + above.text.indexOf(words);
        out.push({ text: words, start: at, end: at + words.length, assignees: [], due: null, lines: [above.i, ...cur.map((x) => x.l.i)] });
        for (const x of cur) used.add(x.l.i);
        used.add(above.i);
      }
      if (res && (moved || labelled || told || voted)) {
        const said = result ? resultWords(result.l.text) : '';
        const lost = !!result && ((LOST.test(said) && !CARRIED.test(said)) || LOST_SENTENCE.test(said));
        const lines = cur.map((x) => x.l.i);
        if (!lost) {
          // A resolution standing alone ("Resolved that …", "RESOLVED: That …", no mover or seconder
          // line) is a sentence as printed; only a block's resolution leaves its label out.
          const r = toMotionText(bareAt >= 0 ? firstSentence(res.l, bareAt) : named ? namedSentence(res.l) : told ? firstSentence(res.l) : moved || voted ? resolutionText(seg, res.l) : printedLine(res.l));
          if (r.line !== res.l) lines.push(r.line.i);
          // A motion moved on one line with no vote anywhere after it (the record cut before it, or never
          // printed) may be a proposal only: read, but not sure.
          const unvoted = told && !result && !cur.some((x) => CARRIED_AT_END.test(x.l.text) || VOTE_AT_END.test(x.l.text));
          // A motion with neither a seconder nor a vote nor a word of its outcome ("Resolved", "Agreed") in the
          // block ("Moved: A" / "That the budget be adopted", "Motion:" / "THAT …"): a motion to be put, as an
          // agenda prints it, or one the record cut off.
          const proposed = !cur.some((x) => x.part === 'seconder' || x.part === 'support' || x.part === 'result' || /\b(?:second|resolved|agreed|decided)/i.test(x.l.text) || CARRIED_AT_END.test(x.l.text) || VOTE_AT_END.test(x.l.text));
          out.push({ text: r.text, start: r.start, end: r.end, assignees: [], due: null, lines, ...((named && !moved) || unvoted || proposed ? { loose: true } : {}), ...(proposed ? { proposed } : {}) });
        }
        for (const k of lines) used.add(k);
      }
      cur = [];
    };
    for (const x of run) {
      const seen = cur.some((y) => y.part === 'resolution' || y.part === 'result');
      if (x.part === 'mover' && seen && cur.some((y) => y.part === 'mover' || y.part === 'result')) flush();
      else if (x.part === 'resolution' && cur.some((y) => y.part === 'resolution')) flush();
      // "Resolution No. 21/045" / "That …" / "Resolution No. 21/046": the next label opens the next motion.
      else if (x.part === 'label' && seen) flush();
      cur.push(x);
    }
    flush();
    i = Math.max(j, i + 1);
  }
  return out;
}

/** "Action Point 1" / "Papers to be issued." / "Owner: Lorraine Forrester" / "Due: 30 June". */
function readActionBlocks(seg: Segmented, from: number, to: number, used: Set<number>): BlockDecision[] {
  const out: BlockDecision[] = [];
  for (let i = from; i < to - 1; i++) {
    if (used.has(i) || !ACTION_HEAD.test(seg.lines[i].text)) continue;
    const task = seg.lines[i + 1];
    if (!task || used.has(task.i) || OWNER_LINE.test(task.text) || ACTION_HEAD.test(task.text)) continue;
    const lines = [i, task.i];
    let assignees: string[] = [];
    let due: string | null = null;
    for (let k = i + 2; k < Math.min(to, i + 5); k++) {
      const l = seg.lines[k];
      const o = l.text.match(OWNER_LINE);
      const d = l.text.match(DUE_LINE);
      if (o && !assignees.length) assignees = people(o[1]);
      else if (d && !due) due = d[1].trim().replace(/[.;]$/, '');
      else break;
      lines.push(k);
    }
    if (!assignees.length && !due) continue;
    for (const k of lines) used.add(k);
    out.push({ text: task.text, start: task.start, end: task.end, assignees, due, lines });
  }
  return out;
}

type Column = 'owner' | 'task' | 'due';
const COLUMN: [Column, RegExp][] = [
  ['owner', new RegExp(`^${alt(EN_ACTION.owner)}$`, 'i')],
  ['due', new RegExp(`^${alt(EN_ACTION.due)}$`, 'i')],
  ['task', new RegExp(`^${alt(EN_ACTION.task)}$`, 'i')],
];

/** A table of actions: a head row "Owner | Action | Due", then a row per action. */
function readActionTables(seg: Segmented, from: number, to: number, used: Set<number>): BlockDecision[] {
  const out: BlockDecision[] = [];
  for (let i = from; i < to; i++) {
    const head = tableCells(seg.lines[i].text);
    if (head.length < 2 || head.length > 8) continue;
    const cols = head.map((h) => COLUMN.find(([, re]) => re.test(h.replace(/[:：]$/, '')))?.[0] ?? null);
    // A task column headed by no task word ("| Item | Responsible | Due Date |"): fields/action-table-heads.ts.
    const left = cols.includes('task') ? -1 : leftTaskColumn(head, cols);
    if (left >= 0) cols[left] = 'task';
    if (!cols.includes('task') || !(cols.includes('owner') || cols.includes('due'))) continue;
    used.add(i);
    const found: BlockDecision[] = [];
    for (let k = i + 1; k < to; k++) {
      const l = seg.lines[k];
      if (/^[\s|:+-]+$/.test(l.text)) {
        used.add(k);
        continue;
      }
      const row = tableCells(l.text);
      if (row.length < 2 || row.length > head.length) break;
      const get = (c: Column) => {
        const n = cols.indexOf(c);
        return n >= 0 && n < row.length ? row[n] : '';
      };
      const task = get('task');
      if (!task) break;
      used.add(k);
      const due = get('due');
      found.push({ text: task, start: l.start + Math.max(0, l.text.indexOf(task)), end: l.end, assignees: people(get('owner')), due: due && !/^(?:n\/a|tbc|tbd|-|–|ongoing)$/i.test(due) ? due : null, lines: [k] });
    }
    // A review of earlier actions gives no work at this meeting: its rows are read, and left out.
    if (!reviewsEarlierActions(seg, i, head, found.flatMap((f) => f.lines))) out.push(...found);
  }
  return out;
}

/** Motions, action blocks and action tables of an English body, in document order. */
export function readBlocks(seg: Segmented): { blocks: BlockDecision[]; used: Set<number> } {
  const used = new Set<number>();
  if (seg.lang !== 'en') return { blocks: [], used };
  const from = seg.bodyStart;
  const to = seg.tailStart;
  const blocks = [...readMotions(seg, from, to, used), ...readActionBlocks(seg, from, to, used), ...readActionTables(seg, from, to, used), ...readMotionTables(seg, from, to, used)];
  return { blocks: blocks.sort((a, b) => a.start - b.start), used };
}
