import { describe, expect, it } from 'vitest';
import { extractFromText } from '../index';

// A meeting dated in the record's words without its year, the page's opening lines carrying one year.
describe('a meeting date told without its year, under a heading dated in one year', () => {
  it('takes the year of the opening lines', () => {
    const d = extractFromText(
      ['Meeting of the Council', '30 September and 1 October 1999', 'Boston, Massachusetts', '', 'President Frederick called the Council to order at 9:00 a.m. on 30 September.', '', 'Present: President Frederick; Councilors Colman, Curry', '1. Review of minutes', 'No amendments were required.'].join('\n'),
    );
    expect(d.meetingDate).toBe('1999-09-30');
  });

  it('leaves the year out where the opening lines carry two', () => {
    const d = extractFromText(
      ['Meeting of the Council', 'Budget 2019 and plan 2020', '', 'President Frederick called the Council to order at 9:00 a.m. on 30 September.', '', 'Present: President Frederick; Councilors Colman, Curry', '1. Review of minutes', 'No amendments were required.'].join('\n'),
    );
    expect(d.meetingDate).toBe('XXXX-09-30');
  });
});
