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

describe('numbered outcomes under "agreed:"', () => {
  it('reads each numbered item below it as a decision, the numbering broken by the page', () => {
    const d = extractFromText(
      ['College of Science Curriculum Committee', 'Minutes of October 12, 2006', 'Present: A. Khan, B. Lee, C. Diaz', '', '  1. Call to order at 3 pm.', '  2. The future operation procedures of the committee were discussed and the following was', '  3. agreed:', '    1. All proposal submittals will be posted on electronic format through a website.', '    2. All proposals should be sent to Assad Khan who will make them available to the committee.', '    3. Proposals will be considered by the committee two weeks after they are posted.', '  4. Other business was discussed.'].join('\n'),
    );
    const texts = d.decisions.map((x) => x.text.slice(0, 30));
    expect(texts).toEqual(['All proposal submittals will b', 'All proposals should be sent t', 'Proposals will be considered b']);
  });
});
