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
