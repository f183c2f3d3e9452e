import { describe, expect, it } from 'vitest';
import { meetingOpenedBy } from './opened-by';
import { extractFromText } from '../index';

describe('the chair named as the one the meeting was opened or called to order by', () => {
  const page = (line: string) => `Minutes of the Club Meeting, 3 March 2020\nPresent: Ann Lee, Tom Brown, Sam Green\n${line}\n1. Budget\nIt was agreed that the budget be approved.\nAction: Tom to circulate the report by 30 June.`;
  it.each([
    ['Meeting opened by Ann Lee', 'Ann Lee'],
    ['The meeting was opened by the President, Ann (AL1) at 7:10 pm.', 'Ann'],
    ['The AGM was called to Order by the Chair, Dr. Ann Lee, at 1905.', 'Ann Lee'],
    ['1. Call to order (7:05 PM by Ann)', 'Ann'],
    ['Meeting called to order at 7:40 by: Ann', 'Ann'],
    ['Meeting was called to order at 7 :30 by acting Chairman, Lee', 'Lee'],
    ['The meeting was called to order in the Library by President, Mrs. Lee at 6:02 p.m.', 'Lee'],
    ['Meeting was called to order at 6:35pm by President: Ann Lee, Tom Brown and Sam Green were present.', 'Ann Lee'],
    ['Call to order:  19:32 by President Ann Lee', 'Ann Lee'],
    ['1. The meeting was called to order by the 2005-06 Chair, Ann Lee.', 'Ann Lee'],
  ])('%s', (line, name) => {
    expect(extractFromText(page(line)).presider).toBe(name);
  });

  it.each([
    'The meeting was opened by a prayer led by the pastor.',
    'The floor was opened by Tom Brown for questions.',
    'The meeting was called to order by the Chair at 7pm.',
    'Move to open the meeting by Ann Lee',
    'The debate was opened by Sam Green.',
  ])('names no one: %s', (line) => {
    expect(meetingOpenedBy(line)).toBeNull();
  });
});
