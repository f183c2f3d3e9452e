import { describe, expect, it } from 'vitest';
import { extractFromText } from '../index';
import { linesFromText } from '../linearize/lines';
import { isRuleLine, withoutRuleLines } from './rule-lines';

const TITLE = ['Riverside Users Group Steering Committee Meeting', '', 'March 3, 2021, 18:00-19:30 UTC'];
const PRESENT = ['Attending', '', '* Ann Lee', '* Peter Brown', '* Mary Jones'];
const RESOLVED = ['Establish a budget committee of AL, PB and MJ', 'Approve the guidelines for the election drafted by PB', 'Adopt the committee roles outlined by MJ'];
const ACTIONS = ['PB to draft the blog post on the election.', 'MJ to circulate the list of members.'];
const HEADS = ['Resolutions', 'Decisions', 'Motions'];
const UNDER = (w: string, c: string) => c.repeat(w.length);
const RULES = ['-', '='];
const BULLETS = ['* ', '- '];

function page(head: string, rule: string, bullet: string, actionsFirst: boolean): string {
  const under = (w: string) => [w, UNDER(w, rule), ''];
  const actions = [...under('Actions'), ...ACTIONS.map((a) => bullet + a), ''];
  const resolved = [...under(head), ...RESOLVED.map((r) => bullet + r), ''];
  return [...under(TITLE[0]), TITLE[2], UNDER(TITLE[2], rule), '', ...under('Attending'), ...PRESENT.slice(2).map((p) => bullet + p.slice(2)), '', ...(actionsFirst ? [...actions, ...resolved] : [...resolved, ...actions]), ...under('Discussion'), bullet + 'Next meeting date: April 7, 2021'].join('\n');
}

describe('a Setext heading over a list of decisions', () => {
  for (const head of HEADS)
    for (const rule of RULES)
      for (const bullet of BULLETS)
        for (const actionsFirst of [true, false]) {
          it(`"${head}" underlined with ${rule}, bullets "${bullet.trim()}", ${actionsFirst ? 'after' : 'before'} the actions: each bullet one item, no rule read`, () => {
            const got = extractFromText(page(head, rule, bullet, actionsFirst)).decisions.map((d) => d.text);
            expect(got.some((t) => isRuleLine(t.trim()))).toBe(false);
            for (const r of RESOLVED) expect(got).toContain(r);
            for (const a of ACTIONS) expect(got).toContain(a);
          });
        }
});

describe('rule lines', () => {
  it.each(['---', '-----------', '= = = =', '***', '_____', '~~~'])('"%s" is a rule', (t) => expect(isRuleLine(t)).toBe(true));
  it.each(['--', '-- Chair', '|---|---|', '———', '- item', '* * * end'])('"%s" is no rule', (t) => expect(isRuleLine(t)).toBe(false));
  it('is dropped, and the line after it opens a block', () => {
    const lin = withoutRuleLines(linesFromText('Resolutions\n-----------\n* Approve the budget'));
    expect(lin.lines.map((l) => l.text)).toEqual(['Resolutions', '* Approve the budget']);
    expect(lin.lines[1].gapBefore).toBe(true);
  });
});

describe('a bulleted resolution quoting a numbered clause', () => {
  const CLAUSES = ['d. The Advisory Council may co-opt additional persons from the wider community.', '4. The Treasurer shall report the accounts to each meeting.', '(b) Members shall pay the fee by 1 March each year.'];
  for (const clause of CLAUSES)
    it(`"${clause.slice(0, 12)}…" stays inside its bullet; the bullets above it are items of their own`, () => {
      const items = ['* Approve the guidelines for the election drafted by PB', '* Adopt the committee roles outlined by MJ', '* Amend the constitution to include the sub-clause:', '', '    ' + clause];
      const text = [TITLE[0], '='.repeat(TITLE[0].length), TITLE[2], '', 'Attending', '---------', '* Ann Lee', '* Peter Brown', '', 'Resolutions', '-----------', ...items].join('\n');
      const got = extractFromText(text).decisions.map((d) => d.text);
      expect(got.slice(0, 2)).toEqual(['Approve the guidelines for the election drafted by PB', 'Adopt the committee roles outlined by MJ']);
      expect(got[2]).toMatch(/^Amend the constitution/);
    });
});
