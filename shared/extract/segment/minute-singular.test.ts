import { describe, expect, it } from 'vitest';
import { extractFromText } from '../index';
import { TITLE_MARK_EN } from './markers';

describe('"Meeting Minute" in the singular', () => {
  it('marks a minutes title as the plural does', () => {
    expect(TITLE_MARK_EN.test('Meeting Minute - data team - 会后问卷设计')).toBe(true);
    expect(TITLE_MARK_EN.test('Minute of the Steering Committee Meeting')).toBe(true);
    expect(TITLE_MARK_EN.test('Every minute of the day counts')).toBe(false);
  });

  it('a team’s notes so titled, with a timed agenda in front, are its record', () => {
    const text = [
      '# Meeting Minute - data team - 会后问卷设计',
      '- **Date:** Aug 31, 2020 11:00 AM (UTC+8)',
      '- **Agenda**',
      '1. Walk through past 2 weeks `45min` [name=rain]',
      '2. Main topic - how to promote our questionnaire `45min` [name=all]',
      '3. 临时动议 `20min`',
      '- **Participants:**',
      '    - rain',
      '    - wei',
      '## Meeting Minutes',
      '- 投放管道',
      '    - [ ] 请社群轨 organizer 在社群轨中间休息时间发放会后问卷',
      '    - [ ] 大会闭幕后粉专发布问卷连结',
    ].join('\n');
    expect(extractFromText(text).isMinutes).toBe(true);
  });
});
