import { describe, expect, it } from 'vitest';
import { extractFromText } from '../index';

// A committee hearing as a legislature prints it: the speakers' turns under their names in capitals.
const hearing = [
  'INVESTIGATION OF PUBLIC UTILITY CORPORATIONS',
  'FRIDAY, JANUARY 20, 1928',
  'UNITED STATES SENATE,',
  'COMMITTEE ON INTERSTATE COMMERCE,',
  'The committee met in room 212, Senate Office Building, at 10 o’clock a. m., Senator James E. Watson (chairman) presiding.',
  'Present: Senators Watson (chairman), Couzens, Fess, Pine, Metcalf, Dill, Wheeler, Hawes, and Black.',
  'The CHAIRMAN. It appears as if we will not be able to have many present at the hearing this morning.',
  'Mr. LENROOT. Mr. Chairman, before proceeding with the presentation of facts, I desire to read into the record a letter.',
];

describe('a hearing’s transcript', () => {
  it('is not minutes', () => {
    const d = extractFromText(hearing.join('\n'));
    expect(d.isMinutes).toBe(false);
    expect(d.reason).toMatch(/hearing/);
  });
  it('cut after the first turn, the witnesses called tell it', () => {
    const d = extractFromText([...hearing.slice(0, 6), 'OPENING STATEMENT OF THE HONORABLE JAMES E. WATSON', 'Chairman WATSON. Good afternoon. The hearing will come to order. I thank the witnesses for coming today.'].join('\n'));
    expect(d.isMinutes).toBe(false);
  });
  it('a council’s minutes that carry a hearing and decide are minutes', () => {
    const d = extractFromText([
      'Minutes of the Regular Meeting of the City Council, January 20, 2020',
      'Present: Mayor Watson, Councilmembers Fess, Pine and Dill.',
      'PUBLIC HEARING on the zoning amendment was opened at 7:05 p.m.',
      'Mr. SMITH. I support the amendment.',
      'Mrs. JONES. I oppose it.',
      'Motion by Fess, seconded by Pine, to adopt Ordinance 2020-1. Motion carried 3-0.',
    ].join('\n'));
    expect(d.isMinutes).toBe(true);
  });
});
