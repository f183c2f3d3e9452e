// Attendance labels in two more printed forms: the verb before the group ("Present Trustees:") and
// a table's label cell copied as text with its closing bar ("Present |").
import { describe, expect, it } from 'vitest';
import { extractFromText } from '../index';
import { parseLabel } from './labels';

const TRUSTEES = ['George Beavis', 'Helen Brown', 'Elaine Crawford', 'Laurie French'];
const STAFF = ['Paul Babin', 'Tammy Giles', 'Brenda Hunter'];
const minutes = (body: string) =>
  `Committee of the Whole Board Meeting\nNovember 25, 2013\n${body}\nDecisions\n1. The board approved the budget for 2014.\n2. The board approved the calendar.`;

describe('the verb of attending before the group it names', () => {
  it.each([
    ['Present Trustees:', 'attendance'],
    ['Present Staff:', 'attendance'],
    ['Present Board Members:', 'attendance'],
    ['In Attendance Staff:', 'attendance'],
    ['Absent Trustees:', 'absence'],
    ['Present Members', 'attendance'],
  ])('%s is a label of %s', (line, kind) => {
    expect(parseLabel(line)?.kind).toBe(kind);
  });

  it('is no label when the words after the verb are no group ("Present the report:")', () => {
    expect(parseLabel('Present the report:')).toBeNull();
  });

  it.each(['', ', Student Trustee'])('reads both lists, a name a line (posts after a comma%s)', (post) => {
    const got = extractFromText(minutes(`Present Trustees:\n${TRUSTEES.map((n) => n + post).join('\n')}\nPresent Staff:\n${STAFF.map((n) => `${n}, Supervising Principal`).join('\n')}\nAbsent Trustees:\nDavid Jackson`)).attendees;
    expect(got).toEqual([...TRUSTEES, ...STAFF]);
  });
});

describe("a table's cells copied as text, each closed by a bar", () => {
  it.each([
    ['Present |', 'Mayor Wise, Deputy Mayor Brosnan, Councillors Boag, Browne and Taylor |'],
    ['Present |', 'Mayor Wise, Deputy Mayor Brosnan, Councillors Boag, Browne and Taylor'],
    ['Present', 'Mayor Wise, Deputy Mayor Brosnan, Councillors Boag, Browne and Taylor |'],
  ])('the label cell "%s" over "%s" reads the names', (label, names) => {
    expect(extractFromText(minutes(`Venue |\nCouncil Chamber |\n${label}\n${names}`)).attendees).toEqual(['Wise', 'Brosnan', 'Boag', 'Browne', 'Taylor']);
  });

  it('keeps the bars of a row of several cells, which table readers part by them', () => {
    const d = extractFromText(`学生会第十五次例会会议记录\n会议地点 | 会议室 | 会议时间 | 2026.1.5 12:00 |\n一、会议决定，下周开展宿舍安全检查。`);
    expect(d.meetingDate).toBe('2026-01-05');
  });
});
