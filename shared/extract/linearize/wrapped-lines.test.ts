import { describe, expect, it } from 'vitest';
import { extractFromText } from '../index';
import { linesFromText } from './lines';
import { joinWrappedLines } from './wrapped-lines';

const WRAPPED = [
  'MINUTES OF THE REGULAR MEETING OF THE CITY COUNCIL',
  'September 14, 1998',
  'Councilman Yost requested that Council Concerns be moved to',
  'the beginning of the meeting, and Councilmember Campbell',
  'requested that Item "H" be removed from the Consent Calendar',
  'for separate consideration. Boyd moved, second by Campbell,',
  'to approve the order of the agenda as revised.',
  'Brown moved, second by Yost, to adopt Resolution Number 4658 as',
  'presented. Motion carried.',
].join('\n');

describe('text hard-wrapped at a fixed width', () => {
  it('joins a sentence broken across lines, its offsets kept', () => {
    const lin = joinWrappedLines(linesFromText(WRAPPED));
    expect(lin.lines.map((l) => l.text.slice(0, 20))).toEqual(['MINUTES OF THE REGUL', 'September 14, 1998', 'Councilman Yost requ', 'Brown moved, second ']);
    for (const l of lin.lines) expect(lin.text.slice(l.start, l.end).replace(/\s/g, ' ')).toBe(l.text);
  });

  it('leaves a page with one such break, and a note in Markdown, as printed', () => {
    const one = linesFromText('Minutes of the Board, 4 May 2017\nThe report of the treasurer was received and\nnoted by all present.\nPresent: Ann Lee');
    expect(joinWrappedLines(one).lines).toHaveLength(4);
    const md = linesFromText(['# Board call', '- Alice raised the budget and the', '  forecast for next year', '- Bob took the', '  action to write to the bank', '- Carol agreed with the', '  plan for the hall'].join('\n'));
    expect(joinWrappedLines(md)).toBe(md);
  });

  it('reads motions whose sentences were wrapped', () => {
    const text = [
      'MINUTES OF THE GRANT COUNTY COMMISSION',
      'November 6, 2007',
      'The Commission met in regular session with all members present and the',
      'clerk recording. Commissioner Smith moved to approve the minutes of the',
      'regular meeting of October 30, 2007 as written. Commissioner Jones',
      'seconded. Motion carried 3-0. Commissioner Jones moved to approve the',
      'payroll and the bills as presented, seconded by Commissioner Brown.',
      'Motion carried 3-0.',
    ].join('\n');
    expect(extractFromText(text).decisions.map((d) => d.text)).toEqual([
      'Commissioner Smith moved to approve the minutes of the regular meeting of October 30, 2007 as written.',
      'Commissioner Jones moved to approve the payroll and the bills as presented, seconded by Commissioner Brown.',
    ]);
  });
});
