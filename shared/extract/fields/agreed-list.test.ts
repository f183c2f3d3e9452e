import { describe, expect, it } from 'vitest';
import { extractFromText } from '../index';

const record = (...lines: string[]) =>
  extractFromText(['Report of the Committee Meeting held on Thursday 24 January 2019', 'Present: Ann Lee, Raj Patel, Sue Kim, Tom Webb', '', ...lines].join('\n')).decisions.map((d) => d.text);

describe('a list announced as what was agreed', () => {
  it('makes each bullet a decision, and the announcing sentence none', () => {
    const got = record(
      'A wide-ranging discussion followed on how to deal with the pending vacancies, and their implications, and the following action was agreed:',
      '- EGM to be held on Monday 25 February, during choir practice',
      '- Caroline will take on the day-to-day Treasurer’s responsibilities (cheques, banking, subs), as from May',
      '- job descriptions for all Committee posts to be posted on the website, once firmed up',
    );
    expect(got).toEqual([
      'EGM to be held on Monday 25 February, during choir practice',
      'Caroline will take on the day-to-day Treasurer’s responsibilities (cheques, banking, subs), as from May',
      'job descriptions for all Committee posts to be posted on the website, once firmed up',
    ]);
  });

  it('reads a numbered list under "The following were agreed upon by the group:"', () => {
    const got = record('The following were agreed upon by the group:', '1. The secretariat committee will now be secretariat and finance committee.', '2. The webpage directory should include those who are abroad.');
    expect(got).toEqual(['The secretariat committee will now be secretariat and finance committee.', 'The webpage directory should include those who are abroad.']);
  });

  it('leaves a list of payments approved as it was', () => {
    const got = record('The following payments were approved:', '- Clerk: 6-monthly salary and PAYE', '- Village Hall hire: £40');
    expect(got.some((t) => t.startsWith('Clerk:') || t.startsWith('Village Hall'))).toBe(false);
  });
});
