import { describe, expect, it } from 'vitest';
import { extractFromText } from '../index';

// Markdown notes whose first running sentence comes late: the outcomes under the first sections are still read.
const HEADINGS = [
  ['## Attendees', '## Discussion'],
  ['### Attendees ###', '### Discussion ###'],
  ['## Present', '### Insurance'],
];
const BULLETS = ['* ', '- ', '  + '];
const OUTCOMES = ['Agreement among the Board that we drop the extra cover', 'Motion to approve the budget by Kent', 'Accepted without correction'];

const page = (h: string[], b: string, outcome: string) =>
  [
    '# Foundation Board Meeting Notes 2024-03-05',
    h[0],
    '* Dave Botsch',
    '* Todd Desantis',
    h[1],
    'Dave is working with the broker on insurance',
    `${b}${outcome}`,
    `${b}Looking at liability options`,
    '## Workshop',
    '* Margarete feels a save the date should go out before the end of the year.',
    '* Will hit fundraising as soon as insurance comes through.',
  ].join('\n');

describe('a note page whose body starts after its first section heading', () => {
  for (const h of HEADINGS)
    for (const b of BULLETS)
      it.each(OUTCOMES)(`${h[1]} / "${b}" / %s`, (outcome) => {
        const got = extractFromText(page(h, b, outcome)).decisions.map((x) => x.text);
        expect(got).toContain(outcome);
        expect(got).not.toContain('Dave Botsch');
        expect(got).not.toContain('Looking at liability options');
      });
});
