import { describe, expect, it } from 'vitest';
import { extractFromText } from '../index';

/** "Reading of Minutes" is an agenda's item (the last meeting's minutes read out), not the page's title. */
describe('an agenda whose item reads the last minutes', () => {
  const agenda = ['AGENDA ~ March 3, 2021', '', 'Call Meeting To Order', '', 'Reading of Minutes (Council has copy)', '', "Mayor's Report", '  a. Discussion', "  b. Motion to accept Mayor's report", '', 'Police Report', '  • Motion to Accept Police Report', '  • Motion to Accept Fire Department Report', '', "Engineer's Report", '  a. Motion to accept report', '', 'Adjournment'];
  it('is an agenda, not minutes', () => {
    expect(extractFromText(agenda.join('\n')).isMinutes).toBe(false);
  });
  it('leaves a record that reads its minutes and records who attended minutes', () => {
    const d = extractFromText(['Minutes of the Borough Council, March 3, 2021', 'Present: Mayor Ann Lee, Bob Ray, Cy Dunn', 'Reading of Minutes: the minutes of February were read and approved.', "Motion by Bob Ray, seconded by Cy Dunn, to accept the Mayor's report. Carried."].join('\n'));
    expect(d.isMinutes).toBe(true);
  });
});
