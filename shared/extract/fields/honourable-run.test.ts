import { describe, expect, it } from 'vitest';
import { readEnAttendance } from './people';

describe('a list run together, each name after "Hon."', () => {
  it('reads one person at each title', () => {
    const { names } = readEnAttendance('Hon. Efren F. Piñol Hon. Rogelio L. Marañon Hon. Hermana T. Talotalo Hon. Vicenta R. Yunting');
    expect(names).toEqual(['Efren F. Piñol', 'Rogelio L. Marañon', 'Hermana T. Talotalo', 'Vicenta R. Yunting']);
  });
  it('keeps a name’s suffix after a comma with its name, not as a new item', () => {
    const { names } = readEnAttendance('Hon. Manuel M. Aboy,Jr. Hon. Ramiel R. Apostol Hon. Godfrey V. Acupan Hon. Nelson M. Labrador,Jr. Hon. Rogie C. Porras');
    expect(names).toEqual(['Manuel M. Aboy', 'Ramiel R. Apostol', 'Godfrey V. Acupan', 'Nelson M. Labrador', 'Rogie C. Porras']);
  });
  it('still parts names in a list by commas where a suffix follows one', () => {
    expect(readEnAttendance('John Reed, Jr., Ann Lee, Bob Stone').names).toEqual(['John Reed', 'Ann Lee', 'Bob Stone']);
  });
});

describe('how the last people named took part, closing the list', () => {
  it('reads a companion after "with" as one of the list', () => {
    expect(readEnAttendance('John Bishara (Chairman), Judy Harris, with Shane Heremaia (CEO).').names).toEqual(['John Bishara', 'Judy Harris', 'Shane Heremaia']);
  });
  it('leaves "joined from remote locations" out of the last name', () => {
    expect(readEnAttendance('Ngahere Wall (Taupō office), Heemi Biddle, Channey Iwikau (Taumarunui) joined from remote locations.').names).toEqual(['Ngahere Wall', 'Heemi Biddle', 'Channey Iwikau']);
  });
});
