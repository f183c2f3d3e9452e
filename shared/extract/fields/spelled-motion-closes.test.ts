import { describe, expect, it } from 'vitest';
import { extractFromText } from '../index';

// "Moved and passed" spelled out does what "M/S/P" does: it closes an item, or stands as one under its heading.
describe('a motion passed, spelled out', () => {
  const notes = (lines: string[]) =>
    extractFromText(['Boise Chordsmen Board Meeting', 'November 12, 2024', 'Attendance: President (x) Ed Lee, Secretary (x) Tom Roe, Treasurer (x) Dan Fox', '', ...lines, '', 'Meeting adjourned 8:30 pm'].join('\n')).decisions.map((d) => d.text);
  it.each([
    [['- Treasurer report', '  • Motioned and accepted'], 'Motioned and accepted'],
    [['- Show', '  • Ticket sales for the show: $20 per adult, under 6yo free. Motioned and passed.'], 'Ticket sales for the show'],
  ])('%j', (lines, start) => {
    expect(notes(lines).some((t) => t.startsWith(start))).toBe(true);
  });
  it('an item with no motion closing it stays unread', () => {
    expect(notes(['- Show', '  • Ticket sales for the show were discussed at length.']).some((t) => t.includes('Ticket'))).toBe(false);
  });
});
