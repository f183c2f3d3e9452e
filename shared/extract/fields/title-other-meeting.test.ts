import { describe, expect, it } from 'vitest';
import { extractFromText } from '../index';
import { minutesMentioned, namesOtherMeeting } from './title-other-meeting';

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

  it('a date heading the record dates it, and the next meeting’s line is no title', () => {
    const d = extractFromText(`3 March 2020\nVenue Church Hall\nNext Meeting Thursday 9 April\n${body}`);
    expect(d.title ?? '').not.toMatch(/next/i);
    expect(d.meetingDate).toBe('2020-03-03');
  });
});

describe('a sentence naming minutes in passing is no title', () => {
  const body2 = 'Present: Ann Lee, Bob Marsh, Cy Ode\n1. Treasurer\nIt was agreed that the accounts be approved.\nBob to file the accounts by 30 June.';
  it.each([
    ['Committee Meeting Report, 3rd of May 2019\n• The previous minutes of the Committee meeting held on 5 April 2019 were received and accepted as a true record.', 'Committee Meeting Report, 3rd of May 2019'],
    ['Annual General Meeting 14th April 2018\nThe meeting opened late. Apologies were read and minutes and accounts from 2017 were circulated before the start.', 'Annual General Meeting 14th April 2018'],
    ['Special Members Meeting 2 June 2021\n- Matters arising from the minutes of 2020', 'Special Members Meeting 2 June 2021'],
    ['Club Committee Meeting 9 March 2016\nConfirmation of the minutes of the last meeting', 'Club Committee Meeting 9 March 2016'],
    ['Committee Meeting 21 February 2019\nMinutes of 15 November meeting – Agreed', 'Committee Meeting 21 February 2019'],
  ])('%#', (head, title) => {
    expect(extractFromText(`${head}\n${body2}`).title).toBe(title);
  });

  it.each([
    'Corrections and Adoption of the Minutes of the Previous Steering Committee meeting',
    'Minutes of the last meeting 2015',
    'The minutes of the meeting of 4 May were approved.',
    'Approval of minutes',
    'Minutes of 15 November meeting – Agreed',
    'Minutes: approved as a true record and signed by the Chair.',
  ])('mentions: %s', (line) => {
    expect(minutesMentioned(line)).toBe(true);
  });

  it.each([
    'Minutes of the Annual General Meeting held on 12 May 2019',
    'Draft Minutes of the Board Meeting, as approved by the Committee on 18 June 2020',
    'CONFIRMED MINUTES – GENERAL MEETING, 17 MAY 2017',
    'Board Meeting Minutes',
    'Extraordinary Council Meeting Minutes - Confirmed',
  ])('a heading: %s', (line) => {
    expect(minutesMentioned(line)).toBe(false);
  });
});

describe('minutes as the object of a motion', () => {
  it.each(['Angela moves to approve the minutes, motion passes unanimously', 'Motion to accept the May minutes as amended'])('"%s" names minutes in passing', (line) => {
    expect(minutesMentioned(line)).toBe(true);
  });
  it.each(['Approved Minutes of the Board Meeting, May 3, 2021', 'Confirmed Minutes – Finance Committee'])('"%s" is a heading', (line) => {
    expect(minutesMentioned(line)).toBe(false);
  });
  it.each(['Act on Select Board Meeting Minutes of December 5, 2018', 'Consider the Regular Meeting Minutes of March 3, 2020'])('an agenda item "%s" names minutes in passing', (line) => {
    expect(minutesMentioned(line)).toBe(true);
  });
  it('an agenda whose item names the last minutes is no record', () => {
    const d = extractFromText(
      ['Select Board Meeting Agenda', 'Wednesday, January 2, 2019', 'Town Office Conference Room– 6:30 P.M.', 'AGENDA', '1. 6:30 P.M. – Open Meeting', '2. Administration', 'Adopt Agenda (Original or Amended)', 'Act on Select Board Meeting Minutes of December 5, 2018', 'Act on Orders', 'Town Manager’s Report', '3. Adjourn'].join('\n'),
    );
    expect(d.isMinutes).toBe(false);
  });
});

describe('a page number before a Chinese title', () => {
  it('is not the title’s', () => {
    const d = extractFromText(['1 高雄市立蚵寮國民中學 106 學年度第 1 學期期初校務會議會議紀錄', '時間：106年8月28日', '主席：王校長', '出席人員：全體教職員', '決議：照案通過。'].join('\n'));
    expect(d.title).toBe('高雄市立蚵寮國民中學 106 學年度第 1 學期期初校務會議會議紀錄');
  });
});

// A council's minutes run together on long lines: the item approving the last minutes opens a line in capitals.
describe('an item on earlier minutes in capitals inside a run-on line', () => {
  it('is no title: the heading above is', () => {
    const text = [
      'VILLAGE OF MAPLE COUNCIL 20 February 2019',
      '',
      'Present: Mayor Ann Lee, Councillor Bob Ray, Councillor Cy Dunn',
      '',
      '1. CALL TO ORDER Mayor Ann Lee called the meeting to order at 7:30 pm and reminded all in attendance that the meeting is being video-recorded for broadcast on the village channel.',
      '',
      '3. APPROVAL OF THE MINUTES MOVED BY Councillor Cy Dunn and seconded by Councillor Bob Ray to approve the minutes of the 16 January 2019 regular session of Council as circulated, with the corrections noted by the Clerk at the start of the meeting. MOTION CARRIED.',
    ].join('\n');
    const d = extractFromText(text);
    expect(d.title).toBe('VILLAGE OF MAPLE COUNCIL 20 February 2019');
    expect(d.meetingDate).toBe('2019-02-20');
  });
});
