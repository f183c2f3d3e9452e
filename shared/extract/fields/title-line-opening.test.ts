import { describe, expect, it } from 'vitest';
import { extractFromText } from '../index';
import { lineOpeningHeading } from './title-line-opening';

// A page's text run together into one long line, its heading first.
const runOn = (head: string, rest: string) =>
  `${head} ${rest} Absent: Commissioner Webb. Minutes of the May meeting were approved on a motion by Commissioner Lowe, seconded by Commissioner Tran; the motion carried 3-0. The commission reviewed the site plan for the Eastby Road subdivision and asked staff to report in July.`;

describe('a heading that opens a line run together', () => {
  it.each([
    ['Planning Commission Minutes', 'The City of Eastby Planning Commission held a meeting on Tuesday, June 2, 2015 at 5:30 p.m. Present: Commissioners Lowe and Tran.'],
    ['EASTBY PARISH PASTORAL COUNCIL Meeting Minutes 30th November 2010', 'Opening: The regular monthly meeting was called to order at 8.00pm. Present: Ann Lowe, Bo Tran.'],
    ['Eastby and District Historical Society Meeting 1 September 2015', 'Present - Ann Lowe, Bo Tran, Cy Webb. Apologies - Di Ross.'],
    ['EASTBY PUBLIC LIBRARY BOARD MEETING March 12, 2014', 'The regular meeting of the Eastby Public Library Board was held at the Library with A. Lowe chairing.'],
  ])('%s', (head, rest) => {
    expect(extractFromText(runOn(head, rest)).title).toBe(head);
  });
  it('the date run on with no space before the sentence is the heading’s', () => {
    expect(lineOpeningHeading('EASTBY LIBRARY BOARD MEETING March 12, 2014The regular meeting was held at the Library.')?.text).toBe('EASTBY LIBRARY BOARD MEETING March 12, 2014');
  });
  it('words that run on into anything but the record are a sentence, not a heading', () => {
    expect(lineOpeningHeading('Planning Commission Meeting was postponed to June because the hall was closed for repairs.')).toBeNull();
    expect(lineOpeningHeading('Members of the public asked about the Meeting House Present: none')).toBeNull();
  });
  it('a lone word before the meeting names nothing', () => {
    expect(lineOpeningHeading('Council Meeting The council met at 7pm in the hall.')).toBeNull();
  });
});
