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

  it('is one too in a students’ congress’s title case, its recitals saying what is carried out', () => {
    const page = [
      'Resolution 12-01: HELP US HELP OURSELVES',
      'Authored by Bryan Ravkind',
      'Date Submitted Tuesday, December 6, 2011',
      'Whereas In the past, once resolutions have gone through the proper process, the administration has final say on whether or not the resolution is carried out;',
      'Whereas This system has worked very well in the past, but the process often takes a great deal of time;',
      'Be It Further Resolved That Student Congress be allotted a resolution budget for the purpose of carrying out certain resolutions.',
    ];
    const d = extractFromText(page.join('\n'));
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

describe('one resolution’s certified copy', () => {
  const copy = [
    'AT A REGULAR MEETING OF THE BOARD OF SUPERVISORS OF ROANOKE COUNTY, VIRGINIA, HELD AT THE ADMINISTRATION CENTER, TUESDAY, APRIL 11, 2017',
    'RESOLUTION 041117-1 APPROVING THE REGIONAL AIRPORT COMMISSION BUDGET FOR FISCAL YEAR 2017-2018',
    'WHEREAS, the Commission shall prepare and submit its operating budget to the Board of Supervisors; and',
    'THEREFORE, BE IT RESOLVED by the Board of Supervisors that the budget is hereby APPROVED.',
    'On motion of Supervisor McNamara to adopt the resolution, seconded by Supervisor Peters and carried by the following recorded vote:',
    'AYES: Supervisors Assaid, Bedrosian, Hooker, Peters, McNamara',
    'NAYS: None',
    'A COPY TESTE:',
    'Chief Deputy Clerk to the Board of Supervisors',
  ];
  it('is not the minutes of the meeting that adopted it', () => {
    const d = extractFromText(copy.join('\n'));
    expect(d.isMinutes).toBe(false);
    expect(d.reason).toMatch(/certified copy/);
  });
  it('minutes carrying two resolutions, certified by the clerk, are minutes', () => {
    const two = [...copy.slice(0, 7), 'RESOLUTION 041117-2 ACCEPTING A GRANT', 'WHEREAS, a grant was offered; now, therefore, be it RESOLVED that it is accepted.', 'On motion of Supervisor Peters, seconded by Supervisor Hooker, carried.', 'A COPY TESTE:'];
    expect(extractFromText(two.join('\n')).reason ?? '').not.toMatch(/certified copy/);
  });
});
