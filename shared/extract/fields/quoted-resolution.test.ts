import { describe, expect, it } from 'vitest';
import { extractFromText } from '../index';

// An Irish council's record as a PDF's text layer gives it: one line, each resolution quoted after its vote.
const RUN_ON = [
  'MUNICIPAL DISTRICT OF EASTBY MINUTES OF PROCEEDINGS OF ANNUAL MEETING HELD ON MONDAY, 22nd JUNE, 2015, AT 7.30 PM Present: Councillors: Peter Cleere, Michael Doyle, David Fitzgerald, Joe Malone. Apologies: Matt Doran',
  'Adoption of Procedure: The procedure for election of Mayor having been explained, it was Proposed by Cllr. Michael Doyle Seconded by Cllr. David Fitzgerald And Agreed “That the procedure laid out under Section 37 of the Local Government Act 2001 be adhered to for the election of the Mayor”.',
  'Item No. 1. Election of Mayor: Proposed by: Cllr. Peter Cleere Seconded by: Cllr. David Fitzgerald And unanimously Resolved “That Cllr. Joe Malone be elected to fill the Office of Mayor for the ensuing year.” All members congratulated the Mayor on his election.',
].join(' ');

describe('a resolution quoted after its vote', () => {
  it('is a decision, in a record whose lines were run together', () => {
    const texts = extractFromText(RUN_ON).decisions.map((d) => d.text.replace(/[“”]/g, ''));
    expect(texts).toEqual(expect.arrayContaining([expect.stringMatching(/^That the procedure laid out under Section 37/), expect.stringMatching(/^That Cllr\. Joe Malone be elected to fill the Office of Mayor/)]));
  });

  it('is a decision on a line of its own', () => {
    const text = ['MINUTES OF THE ANNUAL MEETING OF EASTBY COUNCIL', 'Present: Councillors A Lee, B Moore, C Dunn.', 'Item 1. Election of Mayor: Proposed by: Cllr. A Lee Seconded by: Cllr. B Moore And unanimously Resolved', '“That Cllr. Joe Malone be elected to fill the Office of Mayor for the ensuing year.”', 'All members congratulated the Mayor.'].join('\n');
    expect(extractFromText(text).decisions.map((d) => d.text)).toEqual(['“That Cllr. Joe Malone be elected to fill the Office of Mayor for the ensuing year.”']);
  });
});

describe('a resolution’s "That" run into the line before it', () => {
  it('opens its own decision after a time or a word, not after its movers', () => {
    const text = 'MINUTES OF THE SPECIAL MEETING OF COUNCIL OF THE RURAL MUNICIPALITY OF EASTBY NO. 159 HELD THURSDAY FEBRUARY 15 2007 Present Merrilee Rasmussen Reeve Ron Hilton Administrator Reeve Merrilee Rasmussen called the meeting to order at 10:30 am That Ronald J. Hilton is appointed Administrator for the RM of Eastby in accordance with section 110 of The Municipalities Act. Carried That the signing authorities for the RM of Eastby be confirmed as the Reeve and the Administrator Carried Meeting adjourned at 10:40 AM';
    expect(extractFromText(text).decisions.map((d) => d.text)).toEqual([
      expect.stringMatching(/^That Ronald J\. Hilton is appointed Administrator/),
      expect.stringMatching(/^That the signing authorities for the RM of Eastby be confirmed/),
    ]);
  });

  it('"That way …" is no resolution', () => {
    const text = ['Eastby HOA Board Meeting', 'November 14, 2023', 'Present: Ann Lee, Bo Park, Cy Dunn', '1. The board approved the budget for 2024.', 'The annual meeting will be in January. That way if new board members are elected they can plan the date.'].join('\n');
    expect(extractFromText(text).decisions.map((d) => d.text)).not.toContainEqual(expect.stringMatching(/^That way/));
  });
});
