import { describe, expect, it } from 'vitest';
import { extractFromText } from '../index';

/** A record with no labels: its report headings follow the line that opens the meeting. */
const record = (opening: string) =>
  [
    '2019 Spring Meeting Minutes',
    'April 16, 2019',
    opening,
    'A quorum was met.',
    '2018 Fall Meeting Minutes approved (Lisa and Jeffrey moved).',
    'Reports',
    "Treasurer's report:",
    'Dues reminder',
    'Safety deposit box cost remained the same',
    'Landscape committee plans updated and out on table',
    'Welcome Committee',
    'New owners starting to move in',
    'Building Committee',
    'Need additional committee member - Polly will send email',
    'Meeting adjourned at 7:13 p.m.',
  ].join('\n');

describe('the header’s end', () => {
  it.each(['Meeting called to order at 6:41 p.m.', 'The President called the meeting to order at 6:41 p.m.', 'The President opened the meeting at 6:41 p.m.'])('comes where the meeting opens: no report heading below "%s" is the issuer', (opening) => {
    expect(extractFromText(record(opening)).issuer).not.toBe('Welcome Committee');
  });

  it('leaves a body named above the opening line its issuer', () => {
    expect(extractFromText(['Riverside Homeowners Association', 'Board Meeting Minutes', 'April 16, 2019', 'Meeting called to order at 6:41 p.m.', 'The budget was approved.'].join('\n')).issuer).toBe('Riverside Homeowners Association');
  });
});
