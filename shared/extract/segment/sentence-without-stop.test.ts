import { describe, expect, it } from 'vitest';
import { extractFromText } from '../index';

// A record cut at the top, its roll printed in columns: the body begins at the first sentence of
// the record's voice, though it goes without its full stop.
describe('a sentence of the record without its full stop opens the body', () => {
  const record = (line: string) =>
    ['AT 6.00pm ON WEDNESDAY 26th MAY 2021', 'Members in Attendance Council in Attendance Apologies', 'Julian Kris Andrew Eggleston Ann Hodgson', 'Patrick Falla Nigel Lawrence Beth Chapman', 'Ian Carter Ilona Soane-Sands Helen Martin', 'David Nash Helen Ackrill Tim Cross', 'Alistair Forrest Kathy Kissick Sara Fisher', 'Janet Eggleston', 'Jo Woodnutt', 'Minutes of the 2020 Annual General Meeting', line, 'Matters Arising', 'There were none.', 'President’s Report', 'Andrew Eggleston referred to his annual report that had been emailed to all members.'].join('\n');
  it('its outcome is a decision', () => {
    const d = extractFromText(record('The minutes were approved being proposed by Janet Eggleston and seconded by Kathy Kissick'));
    expect(d.decisions.map((x) => x.text)).toContain('The minutes were approved being proposed by Janet Eggleston and seconded by Kathy Kissick');
  });
  it('a line that introduces a list is no such sentence', () => {
    const d = extractFromText(record('The following agenda was distributed to the members present:'));
    expect(d.decisions.map((x) => x.text).join(' ')).not.toMatch(/agenda was distributed/);
  });
});
