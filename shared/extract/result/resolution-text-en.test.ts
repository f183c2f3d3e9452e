import { describe, expect, it } from 'vitest';
import { extractFromText } from '../index';

// A legislature's resolution page: its recitals and resolving clauses, no motion, vote or roll.
describe('an English resolution printed alone', () => {
  const recitals = [
    'Assembly Resolution No. 348',
    'BY: M. of A. Slater',
    'MEMORIALIZING Governor Kathy Hochul to proclaim April 30 through May 6, 2023, Professional Municipal Clerks Week',
    'WHEREAS, It is the custom of this Legislative Body to recognize official weeks that are set aside to recognize public servants; and',
    'WHEREAS, The Office of the Professional Municipal Clerk is a time-honored and vital part of local government; and',
    'WHEREAS, Professional Municipal Clerks have pledged to be ever mindful of their neutrality and impartiality; now, therefore, be it',
    'RESOLVED, That this Legislative Body pause in its deliberations to memorialize Governor Kathy Hochul to proclaim the week; and be it further',
    'RESOLVED, That a copy of this Resolution, suitably engrossed, be transmitted to the Governor of the State of New York.',
  ];

  it('is a resolution’s text, not minutes', () => {
    const d = extractFromText(recitals.join('\n'));
    expect(d.isMinutes).toBe(false);
    expect(d.reason).toMatch(/resolution/);
  });

  it('the minutes of the meeting that adopted it, its roll and vote recorded, are minutes', () => {
    const minutes = [
      'Town Board Meeting, April 11, 2016',
      'Present: Supervisor Sheila Meegan, Council Members John Rusin, Eugene Hart and William Hanley',
      ...recitals.slice(3),
      'On a motion by Council Member Rusin, seconded by Council Member Hart, the resolution was adopted. Ayes: 4, Nays: 0. Carried.',
    ];
    expect(extractFromText(minutes.join('\n')).isMinutes).toBe(true);
  });
});
