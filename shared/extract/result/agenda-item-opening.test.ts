import { describe, expect, it } from 'vitest';
import { extractFromText } from '../index';

// A council's record of decisions that opens on its first item, "Approval of Agenda", with no roll.
const record = (first: string) =>
  [
    '2024-03-11',
    first,
    'Moved by Ann Hollis to approve the agenda for March 11, 2024 as presented.',
    'Seconded by Ray Doucette',
    'Five in Favor. Motion Carried.',
    'Approval of Minutes',
    'Moved by Joe Tanner to approve the council minutes of February 5, 2024.',
    'Seconded by Ann Hollis',
    'Five in Favor. Motion Carried.',
    'Road Repairs',
    'Moved by Ray Doucette to award the road repair contract to Brook Paving.',
    'Seconded by Joe Tanner',
    'Four in Favor. Motion Carried.',
  ].join('\n');

describe('an item about the agenda at the top of a record', () => {
  it('does not make the page an agenda ("Approval of Agenda", "Adoption of the Agenda")', () => {
    for (const first of ['Approval of Agenda', 'Adoption of the Agenda']) {
      const d = extractFromText(record(first));
      expect(d.isMinutes, first).toBe(true);
      expect(d.decisions.map((x) => x.text)).toContain('Moved by Ray Doucette to award the road repair contract to Brook Paving.');
    }
  });

  it('leaves a page headed "Agenda" over items still to be taken an agenda', () => {
    const d = extractFromText(['Agenda', 'Council Meeting, March 11, 2024', '1. Approval of Agenda', '2. Approval of Minutes', '3. Road Repairs', '4. Adjournment'].join('\n'));
    expect(d.isMinutes).toBe(false);
  });
});
