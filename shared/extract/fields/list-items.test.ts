import { describe, expect, it } from 'vitest';
import { extractFromText } from '../index';
import { indentAt } from './list-items';

const HEAD = ['Minutes of the Riverside Residents Association Committee Meeting', 'Held on 14 March 2023 at the Village Hall', 'Present: John Smith (Chair), Mary Jones, Peter Brown, Ann Lee', '', '1. Welcome', 'The Chair welcomed everyone to the meeting.', ''];
const read = (item: string[]) => extractFromText([...HEAD, ...item, '', 'Meeting closed at 9pm.'].join('\n')).decisions;

/** Items, each a first line and a continuation that opens with a capital (so no wrapping rule joins it). */
const ITEMS: [string, string][] = [
  ['Mary to contact the council about the footpath near the school', 'Gate and report back at the next meeting.'],
  ['It was agreed that the hall hire fee be increased', 'To £15 per hour from 1 June.'],
  ['Peter to obtain three quotes for the roof repairs', 'Quotes to go to the Treasurer first.'],
];
const BULLETS = ['- ', '* ', '• ', '+ '];
const INDENTS: [string, string][] = [
  ['', '  '],
  ['', '    '],
  ['', '\t'],
  ['  ', '    '],
  ['    ', '      '],
];
const HEADINGS = ['2. Decisions', 'Decisions:', '2. Actions'];

describe('a list item’s indented continuation lines belong to the item', () => {
  for (const h of HEADINGS) {
    for (const b of BULLETS) {
      for (const [outer, inner] of INDENTS) {
        it(`${h} / "${outer}${b}…" / "${inner.replace('\t', '\\t')}…"`, () => {
          const lines = ITEMS.flatMap(([first, more]) => [`${outer}${b}${first}`, `${inner}${more}`]);
          const got = read([h, ...lines]).map((d) => d.text);
          // One decision per item, each with its continuation, none lost after the first capitalised line.
          expect(got).toHaveLength(ITEMS.length);
          ITEMS.forEach(([first, more], k) => {
            expect(got[k]).toContain(first);
            expect(got[k]).toContain(more.slice(0, 10));
          });
        });
      }
    }
  }

  it('a line not indented under the bullet still ends the list', () => {
    const got = read(['2. Decisions', '- Mary to contact the council about the footpath', 'Parking outside the hall was discussed at length.']).map((d) => d.text);
    expect(got).toEqual(['Mary to contact the council about the footpath']);
  });

  it('reads the indentation as printed', () => {
    const t = 'a\n  - b\n\t  c';
    expect(indentAt(t, t.indexOf('-'))).toBe(2);
    expect(indentAt(t, t.indexOf('c'))).toBe(6);
    expect(indentAt(t, 0)).toBe(0);
  });
});
