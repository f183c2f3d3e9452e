import { describe, expect, it } from 'vitest';
import { extractFromText } from '../index';

// A PDF's text run together: the title runs on into the header's labels, with no space or colon between.
describe('a Chinese title run on into its header labels', () => {
  it('ends before 会议名称 and 会议主持人', () => {
    const text = [
      '丹阳小学营养改善计划工作会议记录会议名称营养改善计划工作例会会议主持人王景峰会议时间2015.09.18会议地点办公室',
      '参会人员:王景峰、李明、张华',
      '会议内容:',
      '一、会议决定由李明负责每周检查食堂卫生,9月底前完成台账。',
    ].join('\n');
    expect(extractFromText(text).title).toBe('丹阳小学营养改善计划工作会议记录');
  });
});
