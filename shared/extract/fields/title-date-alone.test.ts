import { describe, expect, it } from 'vitest';
import { extractFromText } from '../index';

const BODY = '\nPresent: A Smith, B Jones\n1. Budget\nRESOLVED that the budget be adopted. Carried.';

describe('a heading line that is only a date', () => {
  it('is no title: the date is the meeting date', () => {
    for (const line of ['Tuesday, March 2, 2010', '7pm, Tuesday 23 March 2004', 'Sept 16, 2019 11:50am', '17:00 Wednesday 06 November 2019', '02/06/2020']) {
      const d = extractFromText(`${line}${BODY}`);
      expect(d.title, line).toBeNull();
    }
    expect(extractFromText(`Tuesday, March 2, 2010${BODY}`).meetingDate).toBe('2010-03-02');
  });
  it('is a title where it names the meeting beside the date', () => {
    expect(extractFromText(`A.B.M. 12 MARCH 2005${BODY}`).title).toBe('A.B.M. 12 MARCH 2005');
    expect(extractFromText(`PPG Meeting – Tuesday 7th July 2015${BODY}`).title).toBe('PPG Meeting – Tuesday 7th July 2015');
  });
  it('keeps a heading that ends with a full stop after its year', () => {
    expect(extractFromText(`3.5m Users Committee Meeting Oct 14, 1996.${BODY}`).title).toBe('3.5m Users Committee Meeting Oct 14, 1996.');
    expect(extractFromText(`St. John’s Parish Finance Meeting 23rd May 2018.${BODY}`).title).toBe('St. John’s Parish Finance Meeting 23rd May 2018.');
  });
});
