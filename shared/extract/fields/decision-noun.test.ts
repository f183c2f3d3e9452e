import { describe, expect, it } from 'vitest';
import { extractFromText } from '../index';

// An informal record's outcome told by the noun: "DECISION to hold …", "Decision to include …".
describe('an outcome opened by "decision to"', () => {
  const record = (line: string) => ['Minutes from Committee Meeting', 'Present: Sarah Duley, Jamie Dick, Patrick Jenner', '· AGM – how to make it shorter.', line, '· Dry bags for pool – sorted.'].join('\n');
  it.each(['DECISION to hold the AGM on a Monday and scrap the pool', 'Decision to include organization names, with contact information as optional.', 'A decision was made to not hold a committee meeting in December.'])('%s', (line) => {
    expect(extractFromText(record(line)).decisions.map((d) => d.text)).toContain(line);
  });
  it('a decision spoken of is none', () => {
    expect(extractFromText(record('The decision on the venue is still open.')).decisions.map((d) => d.text).join(' ')).not.toMatch(/venue/);
  });
});
