import { describe, expect, it } from 'vitest';
import { extractFromText } from '../index';
import { namedTaskZh } from './named-task-zh';

describe('work given by name in a note page’s Chinese', () => {
  it('opens the sentence, perhaps after its speaker', () => {
    expect(namedTaskZh('由 @zeno 跟进此事宜')).toBe(0);
    expect(namedTaskZh('zccrs: 由 @zeno 跟进此事宜')).toBe(7);
    expect(namedTaskZh('没问题，可以由大家讨论')).toBe(-1);
  });

  it('is a decision of a TC’s notes told as speaker turns', () => {
    const text = [
      '2024/10 TC 例会',
      '## 参会人员：',
      '- justforlxz',
      '- BLumia',
      '- zccrs',
      '## 本次议题',
      '### 关于 Release Team 的对接人',
      'blumia: 关于引出此讨论的例子，我们的 Release Team 事宜责任人应当如何安排',
      'zccrs: 由 @zeno 跟进此事宜',
    ].join('\n');
    expect(extractFromText(text).decisions.map((d) => d.text)).toContain('由 @zeno 跟进此事宜');
  });
});
