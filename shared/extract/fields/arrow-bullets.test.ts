import { describe, expect, it } from 'vitest';
import { extractFromText } from '../index';
import { unbullet } from '../text/markup';

// A plain-text note marks its action lines with a typed arrow: each is an item, as a bullet's is.
describe('an arrow typed as a bullet', () => {
  const note = (mark: string) =>
    ['SLUG Committee Meeting, 30th April 2002', '', 'Present: Jeff Waugh, Jamie Wilkinson, Mary Gardiner, Tony Green', '', 'Video camera:', `        ${mark} Tony to post to the list, looking for opinions and ideas.`, `        ${mark} Jan to keep looking to identify exactly what we need.`, '', 'Meeting closed at 9pm.'].join('\n');
  it.each(['->', '=>', '→', '➢'])('%s opens an action line', (mark) => {
    const got = extractFromText(note(mark)).decisions;
    expect(got.map((d) => d.assignees)).toEqual([['Tony'], ['Jan']]);
  });
  it('is left off the line’s words, and an arrow inside a line stays', () => {
    expect(unbullet('-> Tony to post')).toBe('Tony to post');
    expect(unbullet('Leeds -> York line')).toBe('Leeds -> York line');
    expect(unbullet('->5 degrees')).toBe('->5 degrees');
  });
});
