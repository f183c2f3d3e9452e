import { describe, expect, it } from 'vitest';
import { extractFromText } from '../index';
import { TITLE_MARK_EN } from './markers';

// "A minutes silence" is a tribute paid at the meeting, not the meeting's minutes.
describe('a minutes silence', () => {
  it('is no minutes mark', () => {
    for (const t of ['followed by a minutes silence remembering those', "a two minutes' silence was observed", 'a minutes’ silence was held']) expect(TITLE_MARK_EN.test(t)).toBe(false);
    expect(TITLE_MARK_EN.test('Minutes of the Council Meeting')).toBe(true);
  });
  it('leaves a paragraph that names one no title, so a reporter’s byline still marks the story', () => {
    const story = [
      'Community & Business',
      '',
      'Macquarie Group CWA Report - August 22, 2023',
      '',
      'By Hilda Newstead, Macquarie Group publicity officer',
      '',
      'The Macquarie Group Council Meeting was held at Tooraweenah. There was an acknowledgment of Country, followed by a minutes silence remembering those who need our thoughts and prayers.',
      '',
      'Tanya Hutchison was nominated as first aid officer. The next meeting is in Gilgandra.',
    ].join('\n');
    const d = extractFromText(story);
    expect(d.isMinutes).toBe(false);
  });
});
