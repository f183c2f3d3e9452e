/**
 * Where a record stored as one run-on paragraph numbers its items ("… 8 March 2015 1. Attendance and
 * apologies … 2. Review of Minutes … 3. Correspondence …", "1) Present and Apologies … 2) Approval of
 * minutes …", a PDF's text kept as one line): the
 * offsets of the spaces before each number, when they count up one by one from 1 (three at least),
 * and of its lettered points ("a) … b) … c) …") when they run a, b, c. A number that does not follow
 * the count ("at 8.35 pm", "Item 5. The") is left in its line, and so is a numbered roll of short items.
 */
// "1." or "1)": a count keeps the style its "1" has.
const NUMBER = /\s(\d{1,2})([.)])\s+(?=\p{Lu})/gu;
const LETTER = /\s([a-h])\)\s+(?=\S)/g;
const LEAST = 3;
const ROLL = /\b(?:present|in attendance|attendees)\s*:/i;
/** Items of a record run longer than this, as a rule; a roll's names shorter. */
const SHORTEST_ITEM = 60;

function counted(text: string, re: RegExp, value: (g: string) => number): number[] {
  const at: number[] = [];
  let next = 1;
  re.lastIndex = 0;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    const v = value(m[1]);
    if (v === next) {
      at.push(m.index);
      next++;
    } else if (v === 1 && re === LETTER) {
      // Lettered points start again under each numbered item.
      at.push(m.index);
      next = 2;
    }
  }
  return at;
}

/** The count 1., 2., 3. … from the "1." at `from`: the offsets of its numbers, each the next one found after the last. */
function countFrom(marks: { at: number; v: number; sep: string }[], from: number): number[] {
  const at = [marks[from].at];
  let next = 2;
  for (const m of marks.slice(from + 1)) {
    if (m.v !== next || m.sep !== marks[from].sep) continue;
    at.push(m.at);
    next++;
  }
  return at;
}

/** The middle span between a count's numbers: a record's items are long, a roll's names short. */
function middleSpan(at: number[]): number {
  const spans = at.slice(1).map((n, k) => n - at[k]).sort((a, b) => a - b);
  return spans[Math.floor(spans.length / 2)];
}

/** An item's number in Roman numerals, I. to XIII., before a capital, or before the clock time the item was taken up ("IV. 5:20—OLD BUSINESS"). */
const ROMAN = /\s(XI{0,3}|IX|IV|VI{0,3}|I{1,3})\.\s+(?=\p{Lu}|\d{1,2}[:.]\d{2}\s?[—–-]\s?\p{Lu})/gu;
const ROMAN_VALUE: Record<string, number> = { I: 1, II: 2, III: 3, IV: 4, V: 5, VI: 6, VII: 7, VIII: 8, IX: 9, X: 10, XI: 11, XII: 12, XIII: 13 };

/** An item under a heading in capitals may be that heading alone ("II. 5:15—ROLL CALL: All members present"). */
const SHORTEST_CAPS_ITEM = 20;
/** After an item's mark, its clock time, then its heading's first word in capitals ("5:15—CALL TO ORDER"). */
const CAPS_HEAD = /^\s*\S+\.\s+(?:\d{1,2}[:.]\d{2}\s?[—–-]\s?)?\p{Lu}{3,}\b/u;

/** Whether half the items or more open with a heading in capitals, as an agenda's parts do and a roll's names do not. */
function headsInCapitals(text: string, at: number[]): boolean {
  return at.filter((n) => CAPS_HEAD.test(text.slice(n, n + 40))).length * 2 >= at.length;
}

/** The longest count I., II., III. … of a run-on line, from whichever "I." opens it. */
function romanCount(text: string): number[] {
  const marks = [...text.matchAll(ROMAN)].map((m) => ({ at: m.index, v: ROMAN_VALUE[m[1]], sep: '.' }));
  let best: number[] = [];
  marks.forEach((m, k) => {
    if (m.v !== 1) return;
    const count = countFrom(marks, k);
    const least = headsInCapitals(text, count) ? SHORTEST_CAPS_ITEM : SHORTEST_ITEM;
    if (count.length >= LEAST && count.length > best.length && middleSpan(count) >= least) best = count;
  });
  return best;
}

/** The cut points (offsets of the space before each item's mark), in order. */
export function runOnItemCuts(text: string): number[] {
  const marks = [...text.matchAll(NUMBER)].map((m) => ({ at: m.index, v: Number(m[1]), sep: m[2] }));
  // A roll's label followed at once by "1." numbers its names ("Present: 1. Mr A … 2. Ms B …"): that count is the
  // roll's, read whole by the roll's reader. The items may be counted apart from it, past the roll ("… 1. Minutes …").
  const roll = ROLL.exec(text);
  const rollEnd = roll ? roll.index + roll[0].length : -1;
  // The longest count, from whichever "1." opens it: items counted once more inside one ("5. … 1. … 2. …") make a shorter one.
  let numbers: number[] = [];
  marks.forEach((m, k) => {
    if (m.v !== 1 || (roll && m.at >= roll.index && m.at - rollEnd <= 12)) return;
    const count = countFrom(marks, k);
    if (count.length >= LEAST && count.length > numbers.length && middleSpan(count) >= SHORTEST_ITEM) numbers = count;
  });
  // Items counted in Roman numerals ("I. Call to Order … II. Approval of Proposed Agenda … III. …"), where no count 1., 2., 3. does.
  if (numbers.length < LEAST) numbers = romanCount(text);
  if (numbers.length < LEAST) return [];
  const letters = counted(text, LETTER, (g) => g.charCodeAt(0) - 96);
  return [...numbers, ...(letters.length >= 2 ? letters : [])].sort((a, b) => a - b);
}

/** A bullet inside a run-on line ("… open at 7.00p.m. • Agenda Item 2 …"): a list's mark, each opening an item. */
const BULLET = /\s(?=[•●▪◦]\s)/g;
/** A minute's number with its decimal part ("167.0.", "167.1", "168.0"), before a capital. */
const MINUTE_NO = /\s(\d{1,4})\.(\d{1,2})\.?\s+(?=\p{Lu})/gu;

/**
 * The cut points of a run-on record's bullets (three at least, as a list has them) and of its minutes
 * numbered with a decimal part when they count up ("167.0 … 167.1 … 168.0 … 169.0": the same number
 * or the next, its part rising or starting again), where no count 1., 2., 3. numbers the items. A sum
 * ("£1.50 Million") or a time ("at 7.30 The") is left in its line unless it falls in the count.
 */
export function runOnMarkCuts(text: string): number[] {
  const cuts: number[] = [];
  const bullets = [...text.matchAll(BULLET)].map((m) => m.index);
  if (bullets.length >= LEAST) cuts.push(...bullets);
  // The longest such count, from whichever number opens it.
  // (A record's minutes are tens, not thousands: the numbers past the first few hundred are figures, not minutes.)
  const found = [...text.matchAll(MINUTE_NO)].slice(0, 300).map((m) => ({ at: m.index, n: [Number(m[1]), Number(m[2])] as const }));
  let minutes: number[] = [];
  for (let i = 0; i < found.length; i++) {
    const chain = [found[i].at];
    let prev = found[i].n;
    for (let j = i + 1; j < found.length; j++) {
      const f = found[j];
      if ((f.n[0] === prev[0] && f.n[1] === prev[1] + 1) || (f.n[0] === prev[0] + 1 && f.n[1] <= 1)) {
        chain.push(f.at);
        prev = f.n;
      }
    }
    if (chain.length > minutes.length) minutes = chain;
  }
  // Under items counted 1., 2., 3. the decimals are their paragraphs ("2. ADOPTION OF THE AGENDA 2.1 The agenda …"), left in their item.
  if (minutes.length >= LEAST && counted(text, NUMBER, Number).length < LEAST) cuts.push(...minutes);
  return cuts.sort((a, b) => a - b);
}
