import { describe, expect, it } from 'vitest';
import { cleanEnPerson, readEnAttendance } from './people';

/** "Highland Councillor", "Road Supervisor": one word and an office, a post however the first word reads. */
describe('an office after one word', () => {
  it('is no person', () => {
    expect(cleanEnPerson('Highland Councillor').name).toBeNull();
    expect(cleanEnPerson('Road Supervisor').name).toBeNull();
  });
  it('leaves a person whose surname follows a post alone', () => {
    expect(cleanEnPerson('Councillor Jane Dean').name).toBe('Jane Dean');
  });
  it('is left out of a roll with initials in brackets ("Maureen Ross (MR) Highland Councillor, …")', () => {
    const r = readEnAttendance('Maureen Ross (MR) Highland Councillor, Alasdair Rhind (AR) Highland Councillor, Kevin Kirk (KK), David Smith (DS)');
    expect(r.names).toEqual(['Maureen Ross', 'Alasdair Rhind', 'Kevin Kirk', 'David Smith']);
  });
});
