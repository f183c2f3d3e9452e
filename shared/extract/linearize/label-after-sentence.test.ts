import { describe, expect, it } from 'vitest';
import { extractFromText } from '../index';

// A town board's clerk runs the roll on after the call to order: "… at 7:03 pm. Members present: A, B, C."
const record = (line: string) =>
  ['Board of Finance Minutes', 'February 27, 2018', line, 'A motion was made by Dennis Sienna to approve the minutes as read. Tim Vennart seconded the motion. The motion was carried.'].join('\n');

describe('a roll’s label after a sentence on the same line', () => {
  it.each([
    ['The meeting was called to order by the Chair at 7:03 pm. Members present: Dennis Sienna, Christopher Santucci, Tim Vennart.', ['Dennis Sienna', 'Christopher Santucci', 'Tim Vennart']],
    ['Opened the meeting and declared a quorum present. Selectmen present: Ben Astbury, Bob Publicover, Michael Sheahan.', ['Ben Astbury', 'Bob Publicover', 'Michael Sheahan']],
  ])('%s', (line, names) => {
    expect(extractFromText(record(line)).attendees).toEqual(expect.arrayContaining(names));
  });

  it('leaves a sentence that only speaks of those present', () => {
    expect(extractFromText(record('The meeting was called to order at 7:03 pm. All members were present.')).attendees).toEqual([]);
  });
});

// A council's record kept as one run-on paragraph, its roll labelled "Attendance:" after the heading's sentence.
describe('an attendance label inside a run-on record', () => {
  const heading =
    'Minutes of Special Meeting of the Municipal District held on Tuesday, 21st January, 2020, at 2:00pm in the Council Chamber, Offices of the Municipal District, Civic Square, Gorey.';
  it.each(['Attendance', 'Attendees', 'Attending'])('%s: …', (label) => {
    const text = `${heading} ${label}: Councillors: Cllr. Andrew Bolger, Cllr. Pip Breen, Cllr. Mary Farrell, Officials: Mr. Eddie Taaffe, Director of Services. Apologies: Cllr. Fionntán Ó Súilleabháin. The District Manager opened the meeting and welcomed members. 1. Election of Cathaoirleach. It was resolved that Cllr. Joe Sullivan be elected Cathaoirleach.`;
    const got = extractFromText(text).attendees;
    expect(got).toEqual(expect.arrayContaining(['Andrew Bolger', 'Pip Breen', 'Mary Farrell', 'Eddie Taaffe']));
    expect(got).not.toContain('Fionntán Ó Súilleabháin');
  });
});

