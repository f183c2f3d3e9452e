import { describe, expect, it } from 'vitest';
import { extractFromText } from '../index';

// A committee's record lists "Press release" among the publicity it will do: an item of its list, not the
// page's source. A release headed as such is the page's own source.
describe('a press release named in a list of the record', () => {
  const record = (publicity: string) =>
    [
      'COMMITTEE MEETING of FRIENDS OF ST ANDREWS PARK held on 26th November 2007',
      '1. PRESENT: Richard Howell, Martin Weitz, David Cemlyn, John Mayne, Sarah McMurchie',
      '2. APOLOGIES: None',
      '3. MINUTES: Approved',
      '4. MATTERS ARISING:',
      '• PUBLICITY:',
      'a) In Venue?',
      'b) In Points North? MW to contact.',
      publicity,
      '• WEBSITE: MW spoke to a developer who will help to make it simpler.',
      'JM to liaise with DC to transfer £1000 to the current account.',
    ].join('\n');

  it.each(['c) Press release', '• Media release to go out in December'])('%s: still the record', (line) => {
    expect(extractFromText(record(line)).isMinutes).toBe(true);
  });

  it('a page headed as a press release is news', () => {
    const d = extractFromText(['PRESS RELEASE', 'For immediate release', 'The committee of Friends of St Andrews Park met on 26th November 2007 and agreed to plant new trees, said its chair Richard Howell.', 'Members approved a donation of £1000 for the park.'].join('\n'));
    expect(d.isMinutes).toBe(false);
  });
});
