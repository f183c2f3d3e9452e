import { describe, expect, it } from 'vitest';
import { extractFromText } from '../index';

// A roll read whole, and someone else named present beside it: the list is a reading to check, not a sure one.
const record = (roll: string[]) =>
  ['Eastby City Council Special Meeting', 'Monday, August 18, 2025', '', ...roll, '', 'Meeting conducted by Mayor Ann Lowe at 6:08 pm.', '', 'Motion by Bo Tran to approve the agenda. Second by Cy Webb. Motion carried.'].join('\n');
const sure = (roll: string[]) => extractFromText(record(roll)).fields.attendees?.confidence ?? 0;

describe('someone else present beside the roll', () => {
  const roll = 'Council Present: Bo Tran, Cy Webb, Di Ross, Ed Vance.';
  it('a roll alone is read surely', () => {
    expect(sure([roll])).toBeGreaterThanOrEqual(0.9);
  });
  it('a post’s line above it naming someone not in it', () => {
    expect(sure(['Mayor: Ann Lowe.', '', roll])).toBeLessThan(0.9);
  });
  it('a post’s line under it, set off by a dash', () => {
    expect(sure([roll, 'Administrator – Fay Quinn'])).toBeLessThan(0.9);
  });
  it('a sentence after the list on its line naming another present', () => {
    expect(sure(['Roll call: Board members present were Bo Tran, Cy Webb, Di Ross, Ed Vance, and Gil Hart. Director Fay Quinn was present.'])).toBeLessThan(0.9);
  });
});
