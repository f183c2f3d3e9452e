import { describe, expect, it } from 'vitest';
import { extractFromText } from '../index';

// A student union's blog posts its council's minutes "By Generalsekreterare": an office or a site's
// account, one word, where a reporter's byline names a person in full.
describe('a byline of one word', () => {
  const record = (byline: string) =>
    [
      'Meeting abstract of Student Council meeting 5/2018',
      byline,
      'Student council meeting 18.9.2018',
      '§ 1 Opening of the meeting',
      'The meeting started at 17:20.',
      '§ 5 Election of meeting secretary',
      'Eliott Tallqvist was elected.',
      '§ 8 The board’s proposition concerning a student representative',
      'Proposition: Henna Konsti as ordinary student representative in the University Council',
      'Decision: Approved.',
    ].join('\n');

  it.each(['By Generalsekreterare', 'By Admin'])('%s: the record stands', (byline) => {
    expect(extractFromText(record(byline)).isMinutes).toBe(true);
  });

  it('a reporter named in full marks a story', () => {
    const d = extractFromText(['Student council elects its secretary', 'By Maria Lindholm', 'The student council met on Tuesday and elected Eliott Tallqvist as its secretary, its chair said.', 'The council also approved the board’s proposal for the University Council.'].join('\n'));
    expect(d.isMinutes).toBe(false);
  });
});
