import { describe, expect, it } from 'vitest';
import { extractFromText } from '../index';

// A board's agenda prints each motion to be put with its mover and nothing after it: no seconder, no vote.
const agenda = [
  'Riverside Water District',
  'Regular Board Meeting',
  'Tuesday, March 4, 2025, 7:00 p.m.',
  '1. Call to Order',
  '2. Approval of Minutes',
  'Moved by Director Allen',
  'That the minutes of the February 4, 2025 meeting be approved.',
  '3. Operating Budget',
  'Moved by Director Brooks',
  'That the 2025-26 operating budget be adopted.',
  '4. Adjournment',
].join('\n');

// The same meeting's record: each motion seconded and carried.
const record = agenda
  .replace('be approved.', 'be approved.\nSeconded by Director Chen\nCARRIED')
  .replace('be adopted.', 'be adopted.\nSeconded by Director Allen\nCARRIED');

describe('motions moved and neither seconded nor voted', () => {
  it('reads a page of nothing but proposed motions as no record of decisions', () => {
    expect(extractFromText(agenda).isMinutes).toBe(false);
  });

  it('reads a recommendation put as "Motion:" and its words, with no vote after, the same way', () => {
    const page = [
      'Active Transportation Advisory Committee',
      'Thursday, July 20, 2023',
      '6. Items for Consideration',
      '6.1 School Travel Policy',
      'Motion:',
      'THAT the committee recommend that staff prepare a report on a school travel policy.',
      '7. Adjournment',
    ].join('\n');
    expect(extractFromText(page).isMinutes).toBe(false);
  });

  it('still reads the motions seconded and carried as decisions', () => {
    const d = extractFromText(record);
    expect(d.isMinutes).toBe(true);
    expect(d.decisions.map((x) => x.text)).toEqual(['That the minutes of the February 4, 2025 meeting be approved.', 'That the 2025-26 operating budget be adopted.']);
  });
});
