import { describe, expect, it } from 'vitest';
import { extractFromText } from '../index';

/** A US council's roll: "Present on Roll Call:", then its members under "Councilmembers:", counsel with "Esq." and a post. */
describe('a roll labelled with the roll call itself', () => {
  const page = [
    'Minutes of the Conference Meeting of the Borough Council held March 2, 2023, at 5:30 p.m. in the Council Chambers.',
    'Mayor Ann Druetzel called the meeting to order.',
    'Present on Roll Call:  Mayor Ann Druetzel',
    'Councilmembers: Joseph Cecala, George Coogan,  Laurie Fu,  Jason Karr',
    'Also Present: Gail Fraser, Esq., Village Attorney',
    'Councilmember Karr moved to adjourn the meeting at 5:41 p.m. Seconded by Councilmember Fu. So ordered.',
  ].join('\n');
  const d = extractFromText(page);
  it('reads the names on the label line and under the members’ own label', () => {
    expect(d.attendees).toEqual(expect.arrayContaining(['Ann Druetzel', 'Joseph Cecala', 'Laurie Fu', 'Jason Karr', 'Gail Fraser']));
  });
  it('takes neither the honour "Esq." nor the post for a person', () => {
    expect(d.attendees).not.toContain('Esq');
    expect(d.attendees).not.toContain('Village Attorney');
  });
});
