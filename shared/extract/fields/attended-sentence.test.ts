import { describe, expect, it } from 'vitest';
import { extractFromText } from '../index';
import { enAttendedSentence } from './attended-sentence';

describe('English attendance told in a sentence', () => {
  it('reads the list after "was attended by" and "Those who attended … included", up to its full stop', () => {
    expect(enAttendedSentence('The meeting was held at noon. It was attended by Dr. Ann Lowe, Mr. Bo Tran and Cy Webb. The agenda was adopted.')).toEqual(['Ann Lowe', 'Bo Tran', 'Cy Webb']);
    expect(enAttendedSentence('Those who attended the board meeting included Ms. Dee Park, Eli Ross and Fay Quinn.')).toEqual(['Dee Park', 'Eli Ross', 'Fay Quinn']);
  });

  it('reads a subject of persons before "was present", not a post or a group', () => {
    expect(enAttendedSentence('Two directors were unable to attend. Gus Hale was present.')).toEqual(['Gus Hale']);
    expect(enAttendedSentence('A quorum was present.')).toEqual([]);
    expect(enAttendedSentence('The Finance Secretary was also present.')).toEqual([]);
  });

  it('reads a roll\'s answer with no verb ("A, B & C present."), after a sentence ending on a time', () => {
    expect(enAttendedSentence('Meeting called to order at 5:05. Allard, Godfrey Haskins, Horth & Worden present. C Robbins (public) present.')).toEqual(['Allard', 'Godfrey Haskins', 'Horth', 'Worden', 'C Robbins']);
    expect(enAttendedSentence('All members present.')).toEqual([]);
    expect(enAttendedSentence('Quorum present.')).toEqual([]);
  });

  it('gives a record with no attendance label its attendees, as a reading', () => {
    const d = extractFromText(
      'Minutes of the Board Meeting of the Lakeside Rowing Club\nThe meeting was held on 3 March 2021 at the boathouse. It was attended by Ann Lowe, Bo Tran, Cy Webb and Dee Park.\n1. The minutes of the last meeting were approved.\n2. The board agreed to buy two new boats.\n',
    );
    expect(d.attendees).toEqual(['Ann Lowe', 'Bo Tran', 'Cy Webb', 'Dee Park']);
    expect(d.fields.attendees?.confidence).toBeLessThan(0.9);
  });
});

describe('an attendance label after a sentence on the same line', () => {
  it('reads the list after "Present:" once a sentence has ended before it', () => {
    expect(enAttendedSentence('The meeting was chaired by Ann Lowe. Present: Bo Tran, Cy Webb and Dee Park.')).toEqual(['Bo Tran', 'Cy Webb', 'Dee Park']);
    expect(enAttendedSentence('The budget was presented: it was adopted.')).toEqual([]);
  });
});
