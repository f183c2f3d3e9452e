import { describe, expect, it } from 'vitest';
import { extractFromText } from '../index';

const post = (closing: string) =>
  extractFromText(['The 2015 Annual General Meeting', 'Tonight it was the Annual General Meeting of the club and it was heartening to see so many members present.', 'The headlines were', '• Last year’s minutes were approved with no matters arising', '• The treasurer’s report was read out, explained and approved', '• Membership fees held at current rates', closing].join('\n'));

describe('a summary pointing to the meeting’s full minutes elsewhere', () => {
  it.each(['The full minutes of the meeting will be on the website in due course.', 'A full copy of the AGM minutes can be seen on our meetings page.', 'The complete minutes are available from the Secretary.', 'All directors were re-elected at the meeting. (Click here for the AGM minutes)', 'Click here to read the full minutes.'])('%s', (closing) => {
    const d = post(closing);
    expect(d.isMinutes).toBe(false);
    expect(d.reason).toMatch(/full minutes/);
  });

  it('a record noting that last meeting’s minutes are on the website is still a record', () => {
    const d = extractFromText(['Minutes of the Committee Meeting, 3 March 2021', 'Present: Ann Lowe (Chair), Bo Tran, Cy Webb', '1. The minutes of the last meeting are available on the website and were approved.', '2. It was agreed that the fees remain at £10.'].join('\n'));
    expect(d.isMinutes).toBe(true);
  });

  it('a record linking to a copy of itself is still a record', () => {
    const d = extractFromText(['Minutes of the Committee Meeting, 3 March 2021', 'Click here to download a .pdf of these minutes', 'Present: Ann Lowe (Chair), Bo Tran, Cy Webb', '1. The minutes of the last meeting were approved.', '2. It was agreed that the fees remain at £10.'].join('\n'));
    expect(d.isMinutes).toBe(true);
  });
});

describe('a meeting’s page whose minutes are still to come', () => {
  const page = (line: string) =>
    extractFromText(['December 13, 2019', 'When: 8:00 a.m.', 'Where: Board Room, 401 Administration Building', line, '1. Call to Order', '2. Approval of Proposed Agenda', '3. Approval of Minutes', '4. President’s Report', '5. Committee on Budget and Finance (Trustees Foster (Chair), Byrum, Ferguson, Kelly)', '6. Adjourn'].join('\n'));

  it.each(['Check back for minutes from this meeting.', 'Minutes will be posted once approved by the Board.', 'Meeting minutes not yet available'])('%s', (line) => {
    const d = page(line);
    expect(d.isMinutes).toBe(false);
    expect(d.reason).toMatch(/still to come/);
  });

  it('a record saying the last meeting’s minutes were not yet available is still a record', () => {
    const d = extractFromText(['Minutes of the User Meeting, 3 March 2021', 'Present: Ann Lowe (Chair), Bo Tran, Cy Webb', '1. The minutes of the previous meeting were not yet available. They will be approved later.', '2. It was agreed that the fees remain at £10.'].join('\n'));
    expect(d.isMinutes).toBe(true);
  });
});
