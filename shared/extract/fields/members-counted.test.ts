import { describe, expect, it } from 'vitest';
import { extractFromText } from '../index';

const minutes = (count: string) =>
  [
    'Board Meeting Minutes',
    'BOARD MEETING, September 16th, 2015',
    'Members Present:',
    'Rick Evans, Chairman',
    'Ken Leffler, Clerk',
    'Michelle Bell, Board Member',
    'Staff Present:',
    'Peter Bidon, Fire Chief',
    '',
    'Mary Foote, Board Member',
    'Wayne Lewis, Board Member',
    '',
    count,
    'MOTION: Move to approve the minutes as presented',
    'RESULT: Approved, all in favor none opposed',
  ].join('\n');

describe('the record’s own count of members present', () => {
  it('puts the list on the check list when it counts fewer members than the names read', () => {
    const d = extractFromText(minutes('It was determined a quorum existed with three board members present.'));
    expect(d.attendees.length).toBeGreaterThan(3);
    expect(d.fields.attendees?.confidence).toBeLessThan(0.9);
  });

  it('leaves the list sure when the count agrees or is not given', () => {
    expect(extractFromText(minutes('It was determined a quorum existed with five board members present.')).fields.attendees?.confidence).toBeGreaterThanOrEqual(0.9);
    expect(extractFromText(minutes('It was determined a quorum existed.')).fields.attendees?.confidence).toBeGreaterThanOrEqual(0.9);
  });
});
