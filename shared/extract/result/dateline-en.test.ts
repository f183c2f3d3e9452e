import { describe, expect, it } from 'vitest';
import { extractFromText } from '../index';

const story = 'SAU Syndicate considers 13-point agenda\n\nHYDERABAD: The 115th Syndicate meeting of Sindh Agriculture University was held in the committee room of the university, on Saturday, which was presided over by Vice Chancellor Dr. Fateh Marri.\n\nIn the meeting, the minutes of the 114th meeting of the Syndicate were confirmed. The House approved the recommendations of the Finance Planning Committee.\n';

describe('an English news story’s dateline', () => {
  it('marks the page as news ("HYDERABAD: The 115th Syndicate meeting … was held")', () => {
    const d = extractFromText(story);
    expect(d.isMinutes).toBe(false);
    expect(d.reason).toMatch(/dateline/);
  });
  it('marks an agency’s dateline with its state and a double dash ("UNIVERSITY PARK, Pa. -- In a conference call today …")', () => {
    const release = 'Board executive committee ratifies earlier decisions\n\nUNIVERSITY PARK, Pa. -- In a conference phone call today (Dec. 2), the executive committee of the Board of Trustees met to formally reaffirm and ratify personnel decisions made the week of Nov. 6.\n\nIn its meeting, the executive committee adopted three resolutions:\n\n-- Resolved, that the Board of Trustees hereby appoints Dr. Rodney A. Erickson as president effective Nov. 9, 2011.\n';
    const d = extractFromText(release);
    expect(d.isMinutes).toBe(false);
    expect(d.reason).toMatch(/dateline/);
  });
  it('marks a dateline with the day after the place ("SEMENYIH, 6 December: The 36th student council …")', () => {
    const story = '36th Student Council Ordinary Meeting\n\nSEMENYIH, 6 December: The 36th student council ordinary meeting commenced at 7.40 pm, with a roll call followed by a statement of apologies from 5 members. Motions presented during the meeting pertained to the roles within the Student Council.\n\nThe issue was resolved when one of the counsellors suggested that the financial details should be shared with the members.\n';
    const d = extractFromText(story);
    expect(d.isMinutes).toBe(false);
    expect(d.reason).toMatch(/dateline/);
  });
  it('is not a record’s meeting named in capitals before its date ("AGM, 6 December: The meeting …")', () => {
    const d = extractFromText('Minutes of the Annual General Meeting\n\nAGM, 6 December 2019: The meeting opened at 7.30pm with 14 members present.\n\nPresent: Ann Lee, Bob Ray, Carol Diaz\n\nThe accounts were approved and the committee was re-elected unanimously.\n');
    expect(d.isMinutes).toBe(true);
  });
  it('is not a record’s own section word in capitals ("MINUTES: The minutes of …")', () => {
    const d = extractFromText('Minutes of the Board meeting held on 3 March 2021\n\nPresent: Ann Lee, Bob Ray, Carol Diaz\n\nMINUTES: The minutes of the meeting held on 3 February 2021 were approved as a true record of the business.\n\nIt was resolved that the budget be adopted.\n');
    expect(d.isMinutes).toBe(true);
  });
});

describe('a line naming a date or a need, no one acting', () => {
  it('is no task ("Deadline to submit … is October 18, 2025")', () => {
    const d = extractFromText('Minutes\nMarch 3, 2021\nPresent: Ann Lee, Bob Ray\nDeadline to submit monthly agenda items for publication is October 18, 2025\nAnn to send the report by Friday.\n');
    expect(d.decisions.map((x) => x.assignees)).toEqual([['Ann']]);
  });
});
