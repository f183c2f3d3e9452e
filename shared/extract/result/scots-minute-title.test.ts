import { describe, expect, it } from 'vitest';
import { extractFromText } from '../index';

// Scots usage heads a record "Minute of …", singular, the meeting often abbreviated with stops.
const record = (heading: string) =>
  [
    'Meigleton Cricket Club',
    heading,
    'On Sunday 25th November 2012 at 7.00pm',
    'There were 12 members present.',
    'Apologies: - C Dickson, A Trivedi, D Christie & C Mitchell.',
    'Financial Report: - The secretary issued members with a copy of the financial statement & read out his report which showed a surplus of £1,750.08',
    'Match Secretary’s Report: - In a difficult season the 1st XI finished ninth in the premier division.',
    'Election of Office Bearers:-',
    'President W Morton',
    'Secretary/Treasurer W Scott',
  ].join('\n');

describe('a Scots "Minute of …" heading', () => {
  it.each(['Minute of A.G.M. Held in the Pavilion', 'Minute of the Annual General Meeting held in the Pavilion', 'MINUTE OF EGM HELD IN THE PAVILION'])('"%s" heads a record', (heading) => {
    const d = extractFromText(record(heading));
    expect(d.isMinutes).toBe(true);
    expect(d.title).toBe(heading);
    expect(d.meetingDate).toBe('2012-11-25');
  });

  it('"a minute of silence" heads nothing', () => {
    expect(extractFromText(record('A minute of silence was held for absent friends')).isMinutes).toBe(false);
  });
});
