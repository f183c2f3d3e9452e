import { describe, expect, it } from 'vitest';
import { extractFromText } from '../index';
import { namesOtherMeeting } from './title-other-meeting';

const body = [
  'Present: John Smith (Chair), Mary Jones, Tom Brown',
  'Apologies: Ann Lee',
  '1. Finance',
  'It was agreed that the budget for 2020/21 be adopted as circulated.',
  '2. Hall hire',
  'Mary to contact the hall about the winter rates.',
].join('\n');

/** Lines naming another meeting than the one recorded: the last one's minutes, the next one's date. */
const other = [
  'The previous minutes of the Committee meeting held on 3 February 2020 were received and accepted.',
  'Adoption of the Minutes of the Previous Steering Committee meeting',
  'Minutes of the last meeting were read and signed',
  'Next Meeting Thursday 9 April',
  'Date of next meeting: Tuesday 12 May 2020 at 7pm',
  'Following meeting to be held on 4 June',
];

const own = ['Riverside Club Committee Meeting', 'Minutes of the Riverside Parish Council Meeting held on 2 March 2020', 'Annual General Meeting 5 March 2020', 'Next Generation Forum Steering Group Minutes'];

describe('a line naming another meeting', () => {
  it.each(other)('is not this record’s heading: %s', (line) => expect(namesOtherMeeting(line)).toBe(true));
  it.each(own)('a heading of the meeting itself is kept: %s', (line) => expect(namesOtherMeeting(line)).toBe(false));

  it.each(other)('the heading above stays the title over "%s"', (line) => {
    const d = extractFromText(`Riverside Club Committee Meeting\n${line}\n${body}`);
    expect(d.title).toBe('Riverside Club Committee Meeting');
  });

  it('a dated heading is the title and the date, not the next meeting’s', () => {
    const d = extractFromText(`3 March 2020\nVenue Church Hall\nNext Meeting Thursday 9 April\n${body}`);
    expect(d.title).not.toMatch(/next/i);
    expect(d.meetingDate).toBe('2020-03-03');
  });
});
