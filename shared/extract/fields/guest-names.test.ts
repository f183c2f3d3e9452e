import { describe, expect, it } from 'vitest';
import { extractFromText } from '../index';

const page = (guests: string) =>
  [
    'Governance Committee Meeting',
    'Minutes',
    'Tuesday, September 18, 2018 at 4:30 PM',
    'Committee Members Present',
    'C. Miller, E. Nashelsky, J. Arnold',
    'Guests Present',
    guests,
    'I. Opening Items',
    'J. Arnold called the meeting to order at 4:37 PM.',
    'J. Miller made a motion to approve the minutes. The committee VOTED unanimously to approve the motion.',
    'II. Governance',
    'R. Rahman will follow up with the candidates.',
  ].join('\n');

describe('guests listed under their own label', () => {
  it('"Guests Present" heads a list of its own, and two plain names parted by a comma are two people', () => {
    const names = extractFromText(page('Kathy Hewitt, Tania Reyes')).attendees;
    expect(names).toEqual(expect.arrayContaining(['C. Miller', 'Kathy Hewitt', 'Tania Reyes']));
    expect(names).not.toContain('I. Opening Items');
  });

  it('a name with its post after the comma is one person', () => {
    const names = extractFromText(page('Kathy Hewitt, Finance Director')).attendees;
    expect(names.some((n) => /Kathy Hewitt/.test(n))).toBe(true);
    expect(names).not.toContain('Finance Director');
  });
});
