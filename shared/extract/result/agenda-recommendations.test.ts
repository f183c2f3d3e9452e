import { describe, expect, it } from 'vitest';
import { extractFromText } from '../index';

// A water district's agenda: its items bulleted, the staff's recommendation printed under them.
const agenda = [
  'Board Meeting - 9/8/2015',
  'BOARD OF DIRECTORS MEETING September 8, 2015',
  '8:30 a.m.',
  '- PLEDGE OF ALLEGIANCE AND MOMENT OF SILENCE',
  '- ROLL CALL',
  '- PUBLIC COMMENT (Public comments are limited to three minutes per person.)',
  '- BOARD MEETING MINUTES: August 11, 2015',
  'Recommended Action: Approve minutes.',
  '- STATUS OF DROUGHT RESPONSE AND WATER SUPPLY',
  'Recommended Action: Discussion.',
  '- FINANCIAL REPORT: The Director of Finance will submit the district’s current financial condition.',
  'Recommended Action: Receive and file.',
];

describe('an agenda with recommended actions under its items', () => {
  it('is not minutes, and the minutes item among its bullets is not its title', () => {
    const d = extractFromText(agenda.join('\n'));
    expect(d.isMinutes).toBe(false);
  });
  it('the minutes of that meeting, recording what the board did, are minutes', () => {
    const d = extractFromText(['MINUTES OF THE BOARD OF DIRECTORS MEETING September 8, 2015', 'Present: Directors Ann Lee, Bob Bent and Carl Burson', '- BOARD MEETING MINUTES: August 11, 2015', 'Recommended Action: Approve minutes.', 'Director Lee moved to approve the minutes, seconded by Director Bent. Motion carried 3-0.', '- FINANCIAL REPORT', 'Recommended Action: Receive and file.', 'The report was received and filed on a motion by Director Burson, seconded by Director Lee. Motion carried 3-0.'].join('\n'));
    expect(d.isMinutes).toBe(true);
  });
});

describe('a website section listing agendas and minutes', () => {
  it('is not one record, whatever its notes say the council has done', () => {
    const d = extractFromText(['Agendas & Minutes', 'The agenda and accompanying papers are available for public perusal by 5pm on the Monday before each meeting.', 'Council has adopted a policy to audio record the open meeting of council.', 'August 15 2019', '.pdf 15 August 2019 - Draft Minutes Minutes', 'July 18 2019', '.pdf 18 July 2019 - Minutes Minutes', 'Once Council has accepted the Minutes of each meeting, the Council Agenda is removed from this website.'].join('\n'));
    expect(d.isMinutes).toBe(false);
  });
  it('"Agenda and minutes" over one meeting’s record is that record', () => {
    const d = extractFromText(['Agenda and minutes', 'Council - Wednesday 23 March 2011 6.00 pm', 'Present: Councillors Ann Lee (Lord Mayor), Bob Bent, Carl Burson and Dee Dunn.', '1. Minutes', 'RESOLVED that the minutes of the meeting held on 21 February 2011 be approved as a correct record.', '2. Budget', 'RESOLVED that the budget for 2011/12 be adopted.'].join('\n'));
    expect(d.isMinutes).toBe(true);
  });
});
