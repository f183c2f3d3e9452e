import { describe, expect, it } from 'vitest';
import { extractFromText } from '../index';

const body = 'APPROVAL OF AGENDA:\nMotion offered by Mr. Thompson, seconded by Mr. Bratton to approve the agenda as amended. Motion passed without opposition.\n';

describe('a roll under its heading, the heading counted or after a sentence', () => {
  it('reads "Members Present (6)" as the heading, and a member\'s seat in the next cell as no part of the name', () => {
    const d = extractFromText(
      `PROCEEDINGS OF THE POLICE JURY, PARISH OF OUACHITA, TAKEN AT A REGULAR MEETING HELD ON MONDAY, FEBRUARY 5, 2024\nThe Police Jury met in regular session on Monday, February 5, 2024, and was duly convened by Mr. Shane Smiley, President.\nMembers Present (3)\nToni Bacon District A\nJimmy Tyson District B\nShane Smiley District E\nMembers Absent (0)\n${body}`,
    );
    expect(d.attendees).toEqual(['Toni Bacon', 'Jimmy Tyson', 'Shane Smiley']);
    expect(d.presider).toBe('Shane Smiley');
    expect(d.title).toBe('PROCEEDINGS OF THE POLICE JURY, PARISH OF OUACHITA, TAKEN AT A REGULAR MEETING HELD ON MONDAY, FEBRUARY 5, 2024');
  });
  it('reads a heading that ends the line after the record\'s first sentence', () => {
    const d = extractFromText(
      `Fiscal Court Approved Minutes – April 28, 2020\nThe regular meeting of the Boyle County Fiscal Court was held on the 28th day of April, 2020 at 9:00 a.m. via Go-To-Meeting. Members present electronically the meeting were:\nJohn Caywood\nJason Cullen\nJudge Howard Hunt\nJudge Hunt called the meeting to order.\n${body}`,
    );
    expect(d.attendees).toEqual(['John Caywood', 'Jason Cullen', 'Howard Hunt']);
    expect(d.presider).toBe('Hunt');
  });
  it('not a sentence that only mentions those present', () => {
    const d = extractFromText(
      `Fiscal Court Approved Minutes – April 28, 2020\nThe regular meeting of the Boyle County Fiscal Court was held on the 28th day of April, 2020 at 9:00 a.m. at the courthouse. The members present discussed the budget at length.\nJohn Caywood gave the invocation.\n${body}`,
    );
    expect(d.attendees).not.toContain('John Caywood');
  });
});
