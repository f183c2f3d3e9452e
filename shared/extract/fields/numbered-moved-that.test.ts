import { describe, expect, it } from 'vitest';
import { extractFromText } from '../index';

describe('a motion told on one line under its item number ("1.1. Moved by: X that … Carried.")', () => {
  const record = [
    'COUNTY MUNICIPAL PLANNING COMMISSION MEETING MINUTES Monday, October 27, 2014',
    'PRESENT: Reeve Fred Lacey, Deputy Reeve Lloyd Kearl, Councillor Broyce Jacobs',
    '1. ADOPTION OF AGENDA',
    '1.1. Moved by: Councillor Roger Houghton that the October 27, 2014 Agenda as presented be approved. Carried.',
    '2. ADOPTION OF MINUTES',
    '2.1. Moved by: Councillor Broyce Jacobs that the Minutes of the September 22, 2014 Meeting be approved. Carried',
    '3. ADJOURNMENT',
    'The meeting adjourned at 10:15 a.m.',
  ].join('\n');

  it('is a decision, its number left out', () => {
    const texts = extractFromText(record).decisions.map((d) => d.text);
    expect(texts).toEqual([
      'Moved by: Councillor Roger Houghton that the October 27, 2014 Agenda as presented be approved.',
      'Moved by: Councillor Broyce Jacobs that the Minutes of the September 22, 2014 Meeting be approved.',
    ]);
  });
});
