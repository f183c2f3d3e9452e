import { describe, expect, it } from 'vitest';
import { extractFromText } from '../index';

/** "1 Present John Martin (Chair)": the roll's item heading with its first name on the same line, the rest below. */
describe('a numbered roll heading with the first name run in', () => {
  const page = ['Allotments association minutes of committee meeting 26/11/2015', '', '1 Present John Martin (Chair)', '', 'Irene Martin', '', 'Adele Draper', '', 'Kath Lanning', '', '2 Welcome and Apologies', 'John welcomed all present. Apologies had been received from Andy Broadhurst.', '', '3 Minutes of Previous Meeting', 'The Minutes were then approved.'].join('\n');
  it('reads the name on the heading’s line and those under it', () => {
    const d = extractFromText(page);
    expect(d.attendees).toEqual(['John Martin', 'Irene Martin', 'Adele Draper', 'Kath Lanning']);
    expect(d.presider).toBe('John Martin');
  });
  it('is no roll where no name follows the word ("2 Present and future plans")', () => {
    const d = extractFromText(page.replace('1 Present John Martin (Chair)', '1 Present and future plans of the site'));
    expect(d.attendees).not.toContain('John Martin');
  });
});
