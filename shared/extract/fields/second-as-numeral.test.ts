import { describe, expect, it } from 'vitest';
import { extractFromText } from '../index';

// Small towns' clerks write the seconder as a numeral: "2nd by Dana Sloan".
describe('a motion whose seconder is written "2nd by"', () => {
  const page = (item: string) =>
    ['Town Council Meeting Minutes, June 4, 2013', 'Present: Mayor Lee, Councilwoman Emmons, Councilman Smith, Councilman Sloan', 'Mayor Lee called the meeting to order.', item, 'The meeting was adjourned at 8:10 pm.'].join('\n');

  it.each([
    ['Mutual Aid Agreement with Kershaw County was motioned by Ed Smith to accept, 2nd by Dana Sloan. Unanimous vote.', 'Mutual Aid Agreement with Kershaw County'],
    ['The budget amendment was moved by Ed Smith, 2nd by Dana Sloan. Unanimous vote.', 'The budget amendment'],
  ])('%s', (item, start) => {
    const d = extractFromText(page(item));
    expect(d.decisions.map((x) => x.text.slice(0, start.length))).toContain(start);
  });
});
