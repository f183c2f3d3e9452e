import { describe, expect, it } from 'vitest';
import { extractFromText } from '../index';
import { cleanEnPerson } from './people';

describe('a name and its body set apart by a dash spaced on one side', () => {
  it('keeps the name ("Saghir Bashir -Argenx", "Phil Bowsher- RStudio")', () => {
    expect(cleanEnPerson('Saghir Bashir -Argenx').name).toBe('Saghir Bashir');
    expect(cleanEnPerson('Phil Bowsher- RStudio').name).toBe('Phil Bowsher');
  });

  it('leaves a double name and a post before the name as they were', () => {
    expect(cleanEnPerson('Mary Smith-Jones').name).toBe('Mary Smith-Jones');
    expect(cleanEnPerson('Director –Networking Dr. Abdul Matin').name).toBe('Abdul Matin');
  });

  it('reads a list of attendees printed so, one a line', () => {
    const text = ['Minutes for Data Standards WG 2022-10-07', 'Attendees', 'Saghir Bashir -Argenx', 'Phil Bowsher - RStudio', 'Robert Devine - J&J', 'Qin Li', 'The working group agreed to rename the project.'].join('\n');
    expect(extractFromText(text).attendees).toEqual(['Saghir Bashir', 'Phil Bowsher', 'Robert Devine', 'Qin Li']);
  });
});
