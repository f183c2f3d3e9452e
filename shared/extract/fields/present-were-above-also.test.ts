import { describe, expect, it } from 'vitest';
import { extractFromText } from '../index';

/** "Present were A, B and C." then "Also present: D": the members in the sentence, the others under their label. */
describe('members stated in a sentence above the others’ label', () => {
  const record = (line: string) => ['Warren County Extension Council Minutes', 'Tuesday, July 18, 2017', line, 'The minutes were approved.'].join('\n');

  it.each([
    'Present were Jason Delay, Charles Ertzinger, Stacy Henson, and Amy Tlach. Also present: Cortney Garrington, Executive Director.',
    'The Council was called to order by Chair, Amy Tlach at 6:40 pm. Present were Council members, Jason Delay, Charles Ertzinger, Stacy Henson, and Amy Tlach. Also present: Cortney Garrington, Executive Director.',
  ])('%s', (line) => {
    expect(extractFromText(record(line)).attendees).toEqual(['Jason Delay', 'Charles Ertzinger', 'Stacy Henson', 'Amy Tlach', 'Cortney Garrington']);
  });

  it('reads no one from a sentence that only mentions presence', () => {
    const att = extractFromText(record('Matters present were many. Also present: Cortney Garrington, Executive Director.')).attendees;
    expect(att).toEqual(['Cortney Garrington']);
  });
});
