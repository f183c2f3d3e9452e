import { describe, expect, it } from 'vitest';
import { extractFromText } from '../index';

/** A local paper's story headed "… Meeting Notes", its reporter's byline alone under the headline. */
describe('a reporter’s byline under a headline naming notes', () => {
  const story = (byline: string) =>
    [
      'Colleton County Council Meeting Notes',
      byline,
      'On Tuesday, Jan. 10 the Colleton Council met for its monthly meeting. Councilman Steven D. Murdaugh was elected to serve as the new chairman.',
      'Council approved the reading of the minutes from the Tuesday, Dec. 6, 2022, meeting.',
      'The county council also received a Certificate of Achievement for Excellence in Financial Reporting.',
    ].join('\n');

  it('is a news report, not the minutes', () => {
    const d = extractFromText(story('By Andy Ann'));
    expect(d.isMinutes).toBe(false);
    expect(d.reason).toMatch(/byline/);
  });

  it('is no byline where it names how the meeting was held', () => {
    expect(extractFromText(story('By Video Conference')).reason ?? '').not.toMatch(/byline/);
  });
});
