import { describe, expect, it } from 'vitest';
import { extractFromText } from '../index';

const agenda = (items: string[]) =>
  [
    'RIVERBEND VECTOR CONTROL DISTRICT',
    'BOARD OF TRUSTEES MEETING',
    'MAY 21, 2025',
    '2:00 PM',
    '1. CALL TO ORDER',
    '2. PUBLIC COMMENT',
    '3. INFORMATION ITEMS',
    'A. PRELIMINARY BUDGET REVIEW',
    'The Manager will present a preliminary budget for FY 2025/2026',
    '4. ACTION ITEMS',
    ...items,
    '5. ADJOURNMENT',
  ].join('\n');

describe('an English agenda describing its items by what will be done at them', () => {
  it('is an agenda, its "ACTION ITEMS" no decisions', () => {
    const d = extractFromText(
      agenda([
        'A. JUNE BOARD MEETING DATE',
        'The Board will discuss a potential new date for the June regular meeting',
        'B. BENEFIT ASSESSMENT RESOLUTION',
        'The Board will review a resolution of intent to levy the annual assessment',
      ]),
    );
    expect(d.isMinutes).toBe(false);
    expect(d.reason).toMatch(/agenda/);
  });

  it('is a record where the items say what the board did', () => {
    const d = extractFromText(
      agenda([
        'A. JUNE BOARD MEETING DATE',
        'Trustee Lee moved to hold the June meeting on June 18; seconded by Trustee Ortiz. Motion carried 5-0.',
        'B. BENEFIT ASSESSMENT RESOLUTION',
        'Resolution 2025-04 was adopted unanimously. The Board will review the final report in July.',
      ]),
    );
    expect(d.isMinutes).toBe(true);
  });
});
