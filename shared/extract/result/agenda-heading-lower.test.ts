import { describe, expect, it } from 'vitest';
import { extractFromText } from '../index';

const page = (heading: string) =>
  [
    'Library Board Meeting',
    '2022-01-18 14:06:07',
    'Location: the library',
    heading,
    '205 Center Avenue North, Mitchellville, Iowa 50169',
    'Monday, January 31, 2022, @ 6:30pm at the Mitchellville Public Library',
    '1. Call to Order:',
    '2. Roll Call: Present:',
    'Also Present:',
    '3. Agenda: Approval of Agenda',
    '4. City Administrator: Tammi Dillavou',
    '5. City Liaison: Brad Cowman',
    '6. Library Minutes: Approve December 28, 2021, and January 9, 2022 meeting minutes',
    '7. Monthly Bills: Approve the January library bills',
  ].join('\n');

describe('an agenda named by a heading below a portal’s event lines', () => {
  it('is an agenda where the heading ends with "Agenda"', () => {
    const d = extractFromText(page('Mitchellville Public Library Board of Trustees Regular Meeting Agenda'));
    expect(d.isMinutes).toBe(false);
    expect(d.reason).toMatch(/agenda/);
  });

  it('an item approving the agenda names no page', () => {
    const d = extractFromText(page('Mitchellville Public Library Board of Trustees Regular Meeting Agenda').replace('Regular Meeting Agenda', 'Regular Meeting'));
    expect(d.reason ?? '').not.toMatch(/an agenda without outcomes/);
  });
});
