import { describe, expect, it } from 'vitest';
import { extractFromText } from '../index';

/** A member's account of a meeting in the first person singular: a blog post or report, not the record. */
describe('one person’s account of a meeting', () => {
  it('is no record where the writer speaks as “I” and nothing marks the page the record', () => {
    const text = [
      'P & C meeting 30th October 2013: Roundup',
      '',
      'The recent P&C meeting was held on Wednesday from 7pm. However, as I haven’t included any info about the meeting from the 4th of September, I’ll add a brief overview.',
      '',
      '  • Discussed the success of the Election Day Stalls.',
      '  • Fathers Day stall was a success and raised approximately $600.',
      '  • It was agreed to allow the treasurer to purchase a financial package.',
    ].join('\n');
    const d = extractFromText(text);
    expect(d.isMinutes).toBe(false);
    expect(d.reason).toMatch(/account/);
  });

  it('is still the record under a minutes title with who attended', () => {
    const text = [
      'Minutes of the Committee Meeting, 4 March 2019',
      'Present: Ann Lee (Chair), Bob Brown, Carol White',
      'The Chair said I will circulate the accounts before the next meeting.',
      'It was agreed to buy a new mower.',
    ].join('\n');
    expect(extractFromText(text).isMinutes).toBe(true);
  });
});
