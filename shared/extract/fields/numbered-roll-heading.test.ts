import { describe, expect, it } from 'vitest';
import { extractFromText } from '../index';

const page = (heading: string, roll: string) =>
  `Minutes of the meeting held on Thursday 14th November 2019.\n\n${heading}\n\n${roll}\n\n2. Public Questions\nNo members of the public present.\n3. Budget\nIt was resolved that the budget be adopted.\n`;

describe('an item whose heading is the roll label', () => {
  it('reads the names under "1. PRESENT"', () => {
    expect(extractFromText(page('1. PRESENT', 'Cllr A Smith, Cllr B Jones, Cllr C Brown')).attendees).toEqual(['A Smith', 'B Jones', 'C Brown']);
  });
  it('reads them under "1/ Members present" and "1 Present"', () => {
    expect(extractFromText(page('1/ Members present', 'Cllr A Smith, Cllr B Jones, Cllr C Brown')).attendees).toEqual(['A Smith', 'B Jones', 'C Brown']);
    expect(extractFromText(page('1 Present', 'Cllr A Smith, Cllr B Jones, Cllr C Brown')).attendees).toEqual(['A Smith', 'B Jones', 'C Brown']);
  });
  it('leaves "1. Roll Call", an item an agenda lists too', () => {
    expect(extractFromText(page('1. Roll Call', 'Pledge of Allegiance')).attendees).not.toContain('Pledge of Allegiance');
  });
});
