import { describe, expect, it } from 'vitest';
import { extractFromText } from '../index';

// A record stored as one run-on paragraph, its particulars labelled "Chaired by:", "Minute taker:", "Attended by:".
const runOn =
  'Eastby Plants Executive Meeting Minutes Saturday 28 April 2012, 11.30 am Royal Botanical Garden, Hobart Chaired by: Ann Lowe Minute taker: Bo Tran Attended by: Cy Webb, Bo Tran, Di Moss, Ann Lowe 1. Apologies: Ed Park, Flo Quin 2. Minutes from meeting of 10 February 2012: Accepted as true and correct. Moved Di Moss, seconded Cy Webb. Motion accepted. 3. Business Arising • Cradle Coast will provide support for data entry. Cy has handed over the raw data but has not received entered data yet. Cy to follow up • Future funding – the draft of a grant has been prepared.';

describe('a run-on record cut at its chair and roll labels', () => {
  it('reads the chair and those who attended', () => {
    const d = extractFromText(runOn);
    expect(d.presider).toBe('Ann Lowe');
    expect(d.attendees).toEqual(['Cy Webb', 'Bo Tran', 'Di Moss', 'Ann Lowe']);
  });
});

describe('"Attended:" as a roll label', () => {
  it('cuts a run-on record and heads its list', () => {
    const text =
      'Eastby Cathedral CHAPTER MINUTES Minutes of the 185th Chapter Meeting Chapter Room Tuesday 13th November 2018 at 10:30 am Attended: The Very Reverend Ann Lowe (AL) (Chair) Canon Bo Tran (BT) Mrs Cy Webb (CW) Present: Di Moss (DM) (Minute taker) 1. Prayers and Welcome: The Dean 2. Apologies for Absence: Ed Park 3. Minutes of the last meeting were approved. 4. It was agreed that the guidebooks be reprinted by Easter.';
    const d = extractFromText(text);
    expect(d.attendees).toEqual(expect.arrayContaining(['Cy Webb', 'Di Moss']));
    expect(d.presider).toMatch(/Ann Lowe/);
  });
});
