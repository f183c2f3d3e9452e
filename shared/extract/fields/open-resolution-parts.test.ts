import { describe, expect, it } from 'vitest';
import { extractFromText } from '../index';

// A trust board's minute: its resolution's label stops at "That", the parts numbered below it.
const minutes = (label: string) =>
  ['MINUTES OF THE TRUST BOARD MEETING HELD ON 29 SEPTEMBER 2011', '', 'PRESENT: Mr S Fletcher (Chair), Mr M Cassidy, Dr P Hughes', '', '29/11 PROCEDURAL MATTERS', '', label, '', '(1) it be noted that there were no declarations made under the Code of Conduct ; and', '', '(2) the minutes of the meeting held on 26 July 2011 be received.', '', '30/11 PATIENT EXPERIENCE', '', 'The Board received a presentation from a paramedic.'].join('\n');

describe('a resolution whose label stops at "That", its parts numbered below', () => {
  for (const label of ['RESOLVED: That', 'It was resolved that']) {
    it(`reads each part as a decision, not the label: ${label}`, () => {
      const texts = extractFromText(minutes(label)).decisions.map((d) => d.text);
      expect(texts).toEqual(['it be noted that there were no declarations made under the Code of Conduct ; and', 'the minutes of the meeting held on 26 July 2011 be received.']);
    });
  }
});
