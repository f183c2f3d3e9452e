import { describe, expect, it } from 'vitest';
import { extractFromText } from '../index';

// A New Zealand or Australian council's resolution names the body, then its numbered clauses, then the
// vote, with no mover printed: "That the Regional Council: 1 Accepts the apology … CARRIED".
const record = (items: string) => `Regional Council Minutes\nOpen Minutes of a meeting held on Wednesday 11 December 2024\nPresent:\nChairman: Doug Leeder\n\n${items}`;
const texts = (items: string) => extractFromText(record(items)).decisions.map((d) => d.text);

describe('a council formula closed by its vote', () => {
  it('reads the vote at the line’s own end, a table bar after it', () => {
    expect(texts('2. Apologies\nThat the Regional Council: 1 Accepts the apology from Cr Thompson for lateness tendered at the meeting. CARRIED |\n')).toEqual([
      'Accepts the apology from Cr Thompson for lateness tendered at the meeting.',
    ]);
  });

  it('reads the formula alone on its line, the clause and the vote under it', () => {
    expect(texts('3. Minutes\nThat the Regional Council:\n1 Confirms the minutes of 23 October 2024 as a true and correct record.\nCARRIED\n')).toEqual([
      'Confirms the minutes of 23 October 2024 as a true and correct record.',
    ]);
  });

  it('takes no resolution’s own words ending in a colon for the formula', () => {
    expect(texts('4. Agenda\nTHAT the Agenda be amended to include:\n4.00, 1.5 Resignation\nCARRIED.\n')).not.toContain('4.00, 1.5 Resignation');
  });

  it('reads no formula that was not voted on', () => {
    expect(texts('5. Reports\nThat the Regional Council:\n1 Receives the report, Chief Executive Report.\n')).toEqual([]);
  });
});
