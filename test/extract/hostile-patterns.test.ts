// @vitest-environment node
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { findDates } from '../../shared/extract/fields/dates';
import { findDeadline } from '../../shared/extract/fields/deadlines';
import { findAssignees } from '../../shared/extract/fields/assignees';
import { parseNumbering } from '../../shared/extract/segment/numbering';
import { readDistribution } from '../../shared/extract/fields/distribution';
import { readAttendance } from '../../shared/extract/fields/attendance';
import { findPresider, readEnAttendance, readZhAttendance } from '../../shared/extract/fields/people';
import { splitList } from '../../shared/extract/text/lists';
import { segment } from '../../shared/extract/segment/segment';
import { linesFromText } from '../../shared/extract/linearize/lines';

// Pieces the pattern modules look for, so random strings reach past their first test.
const PIECES = [
  '由', '负责', '牵头', '要', '应', '于', '前', '月', '日', '年', '底', '中旬', '限期', '内', '5', '12', '2019', '二〇', '十', '一、', '（二）', '1.', '①', '第一，', '二是',
  '抄送：', '报：', '分送：', '印发', '出席：', '列席：', '主持：', '主持', '召开', '同志', '等', '、', '，', '。', '；', '：', ':', ',', '.', ' ', '  ', '\t', '\u3000', '\n',
  'by ', 'before ', 'mid-', 'June', 'May', '30', 'th', 'Cllr ', 'Mr ', 'The ', 'Clerk', ' to ', ' and ', ' & ', 'Present: ', 'Chair', '(Chair)', 'chaired by ', ' presided',
  'volunteered to ', 'Council', 'Bureau', ' should ', 'cc: ', 'Action: ', '[', ']', '(', ')', '"', '”', '》', 'A', 'B. ', '张三', '县财政局',
];
const soup = fc.array(fc.oneof(fc.constantFrom(...PIECES), fc.string({ maxLength: 6 }), fc.string({ unit: 'grapheme', maxLength: 4 })), { maxLength: 60 }).map((a) => a.join(''));
const lang = fc.constantFrom<'zh' | 'en'>('zh', 'en');
const RUNS = { numRuns: 500 };

describe('pattern modules on arbitrary strings: never throw, and what they report is printed in the input', () => {
  it('dates: each date is a non-empty stretch of the input, with a well-formed ISO value', () => {
    fc.assert(
      fc.property(soup, (s) => {
        for (const d of findDates(s)) {
          expect(d.length).toBeGreaterThan(0);
          expect(d.index + d.length).toBeLessThanOrEqual(s.length);
          expect(d.iso).toMatch(/^(\d{4}|XXXX)-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/);
        }
      }),
      RUNS,
    );
  });
  it('deadlines: the phrase is printed in the text at its index', () => {
    fc.assert(
      fc.property(soup, lang, fc.constantFrom(null, '2019-05-06', 'XXXX-05-06'), (s, l, iso) => {
        const d = findDeadline(s, l, iso);
        if (!d) return;
        expect(d.phrase.length).toBeGreaterThan(0);
        expect(s.slice(d.index, d.index + d.phrase.length)).toBe(d.phrase);
        if (d.dueDate) expect(d.dueDate).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      }),
      RUNS,
    );
  });
  it('assignees: each name is printed in the text', () => {
    fc.assert(
      fc.property(soup, lang, (s, l) => {
        for (const a of findAssignees(s, l)) {
          expect(a.name.length).toBeGreaterThan(0);
          expect(s).toContain(a.name);
        }
      }),
      RUNS,
    );
  });
  it('numbering: the marker is the start of the line as printed, and the item text begins inside it', () => {
    fc.assert(
      fc.property(soup, fc.nat(3), (s, next) => {
        const n = parseNumbering(s, next);
        if (!n) return;
        expect(s).toContain(n.marker.trim());
        expect(n.restAt).toBeGreaterThanOrEqual(0);
        expect(n.restAt).toBeLessThanOrEqual(s.length);
        expect(Number.isFinite(n.value)).toBe(true);
      }),
      RUNS,
    );
  });
  it('distribution: each recipient is the text at its span', () => {
    fc.assert(
      fc.property(soup, (s) => {
        const lin = linesFromText(s);
        for (const r of readDistribution(segment(lin))) {
          expect(r.name.length).toBeGreaterThan(0);
          expect(lin.text.slice(r.start, r.end)).toBe(r.name);
        }
      }),
      RUNS,
    );
  });
  it('attendance: names are non-empty, and the presider and list spans lie inside the text', () => {
    fc.assert(
      fc.property(soup, (s) => {
        const lin = linesFromText(s);
        const a = readAttendance(segment(lin));
        for (const n of a.attendees) expect(n.trim().length).toBeGreaterThan(0);
        for (const hit of [a.presider, a.attendeesHit]) {
          if (!hit) continue;
          expect(hit.start).toBeGreaterThanOrEqual(0);
          expect(hit.end).toBeLessThanOrEqual(lin.text.length);
        }
        if (a.presider) expect(a.presider.value.length).toBeGreaterThan(0);
      }),
      RUNS,
    );
  });
  // Found by the property below: capitals with no lower case (mathematical letters) kept a line in
  // capitals however it was lowered, and the presider's reading called itself until the stack ran out.
  it('a line of capitals that have no lower case is read once', () => {
    expect(findPresider('A𝓐𝖠', 'en')).toBeNull();
    expect(findPresider('𝓐𝓑𝓒 CHAIRED BY 𝓓𝓔', 'en')).toBeNull();
    expect(findPresider('MAYOR CARRIER CALLED COUNCIL TO ORDER', 'en')?.name).toBe('CARRIER');
  });
  it('people and lists: never throw; a presider found in a sentence is printed there', () => {
    fc.assert(
      fc.property(soup, lang, (s, l) => {
        const p = findPresider(s, l);
        if (p) expect(s).toContain(p.name.split(' ')[0]);
        readEnAttendance(s);
        readZhAttendance(s);
        for (const item of splitList(s, { spaces: true })) expect(item.length).toBeGreaterThan(0);
      }),
      RUNS,
    );
  });
});

// Strings built to make a backtracking pattern retry from every position: runs of the characters a
// pattern repeats, with the one thing it needs at the end missing. Each call must return (a pattern
// that backtracked would not finish at these sizes) with a result bounded by the input.
const N = 200_000;
const HOSTILE: [string, string][] = [
  ['spaces then a letter', ' '.repeat(N) + 'x'],
  ['mixed whitespace then a letter', '\t \u3000'.repeat(N / 3) + 'x'],
  ['newlines then a letter', '\n'.repeat(N) + 'x'],
  ['capitals without spaces', 'A'.repeat(N)],
  ['capitalised words', 'Ab '.repeat(N / 3)],
  ['chaired by and capitals', 'chaired by ' + 'A'.repeat(N)],
  ['capitals before a colon', 'A: '.repeat(N / 3)],
  ['closing quotes then a letter', '"”》'.repeat(N / 3) + 'x'],
  ['punctuation then a letter', '，。、,.;'.repeat(N / 6) + 'x'],
  ['dates', '1 May '.repeat(N / 6)],
  ['由', '由'.repeat(N)],
  ['由 and a unit without a verb', '由' + '局'.repeat(N)],
  ['于N月 without 前', '于5月'.repeat(N / 3)],
  ['enumeration marks', '、'.repeat(N)],
  ['open brackets', '('.repeat(N) + '第'],
  ['list of names', 'Present: ' + 'A B, '.repeat(N / 5)],
  ['dots', '.'.repeat(N)],
  ['Cllr', 'Cllr '.repeat(N / 5)],
];

describe('pattern modules on adversarial repetitions finish with bounded results', () => {
  for (const [name, s] of HOSTILE) {
    it(name, () => {
      for (const d of findDates(s)) expect(d.index + d.length).toBeLessThanOrEqual(s.length);
      expect(findDates(s).length).toBeLessThanOrEqual(s.length);
      for (const l of ['zh', 'en'] as const) {
        const d = findDeadline(s, l, '2019-05-06');
        if (d) expect(d.phrase.length).toBeLessThanOrEqual(s.length);
        expect(findAssignees(s, l).length).toBeLessThanOrEqual(s.length);
        const p = findPresider(s, l);
        if (p) expect(p.name.length).toBeLessThanOrEqual(s.length);
      }
      parseNumbering(s);
      expect(readEnAttendance(s).names.length).toBeLessThanOrEqual(s.length);
      expect(readZhAttendance(s).length).toBeLessThanOrEqual(s.length);
      expect(splitList(s).length).toBeLessThanOrEqual(s.length + 1);
      const lin = linesFromText(s);
      const seg = segment(lin);
      expect(readDistribution(seg).length).toBeLessThanOrEqual(s.length);
      expect(readAttendance(seg).attendees.length).toBeLessThanOrEqual(s.length);
    });
  }
});
