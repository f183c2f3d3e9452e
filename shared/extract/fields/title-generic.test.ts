import { describe, expect, it } from 'vitest';
import { extractFromText } from '../index';

const body = [
  'Present: Simon Davis, Sue Parker, Kim Farrar',
  '1. Budget',
  'It was agreed that the budget for 2020/21 be adopted as circulated.',
  'Action: Sue to send the budget to members by Friday.',
].join('\n');

/** A heading naming the meeting, then a bare word heading the record's text. */
const cases: [string, string, string][] = [
  ['Wellington Caving Group\n', '14th November WGM Committee Meeting', 'Minutes'],
  ['', 'Q4 Board of Directors Meeting', '## Minutes'],
  ['Riverside Bowls Club\n2 March 2020\n', 'Executive Committee Meeting', 'Meeting Minutes'],
  ['', 'Annual General Meeting 5th March 2015', 'MINUTES'],
  ['', 'Parent Council Meeting - 31 August 2015', 'Notes of the meeting'],
];

describe('a bare minutes heading under the heading naming the meeting', () => {
  it.each(cases)('%s%s / %s', (before, heading, bare) => {
    const d = extractFromText(`${before}${heading}\n${bare}\n${body}`);
    expect(d.title).toBe(heading);
  });

  it('a front matter title above the bare heading', () => {
    const d = extractFromText(`---\ntitle: Q4 Board of Directors Meeting\ndate: 2023-11-16 19:00:00 -0800\nlocation: Zoom\n---\n## Minutes\n${body}`);
    expect(d.title).toBe('Q4 Board of Directors Meeting');
  });

  it('a bare heading alone stays the title', () => {
    expect(extractFromText(`Minutes\n${body}`).title).toBe('Minutes');
  });
});

describe('a body’s name just above a bare "Meeting Minutes"', () => {
  it('is the first line of one wrapped title', () => {
    const d = extractFromText(['Orangeville Public Library Board', 'Meeting Minutes', 'Wednesday, December 9, 2020', 'Members Present:', 'Mr. Bill Rea, Chair', 'Ms. Shelley Bergant', '1. Call to Order', 'The minutes of the November meeting were approved.'].join('\n'));
    expect(d.title).toBe('Orangeville Public Library Board Meeting Minutes');
  });
});
