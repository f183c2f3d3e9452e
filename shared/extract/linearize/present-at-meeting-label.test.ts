import { describe, expect, it } from 'vitest';
import { extractFromText } from '../index';

// "Present at Meeting:" run on after the heading of a record stored as one line opens its roll, as "Present:" does.
describe('"Present at Meeting:" inside a run-on record', () => {
  const record =
    'Board of Examiners December 9, 2013 Board Meeting Minutes 9:00 AM to 3:35 PM Conference Room A, University Park Plaza, Minneapolis Present at Meeting: Ann Lee, Bob Smith, Carl Jones, Dan Brown I. Call to Order The Chair called the meeting to order at 9:23 AM. II. Approval of Proposed Agenda A motion to pass the proposed agenda was made and seconded. Motion Carried. III. Approval of Minutes A motion to approve the minutes from the October 7, 2013 Board meeting was made and seconded. Motion Carried.';

  it('reads the names after it as those present', () => {
    expect(extractFromText(record).attendees).toEqual(['Ann Lee', 'Bob Smith', 'Carl Jones', 'Dan Brown']);
  });
});
