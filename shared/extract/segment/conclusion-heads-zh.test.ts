import { describe, expect, it } from 'vitest';
import { extractFromText } from '../index';
import { isActionHeadZh } from './action-head-zh';

// What a team concluded, alone or with its actions, under a heading of its own (lexicon ZH_ACTION_HEADS).
describe('a team note’s conclusions heading', () => {
  it.each(['##结论与行动', '##結論與行動', '##核心结论', '##3.评审结论', '**讨论结论**', '主要结论：'])('%s is one', (h) => {
    expect(isActionHeadZh(h)).toBe(true);
  });
  it.each(['评审结论由专家组另行出具', '结论：测试通过', '关于核心结论的说明'])('%s is none', (h) => {
    expect(isActionHeadZh(h)).toBe(false);
  });

  it('reads the items under it up to the next heading', () => {
    const text = [
      '# 2024-05-09 会议记录',
      '2024-05-09 14:00~15:30 @实验楼302',
      '## 出席人员',
      '王某、李某、张某',
      '## 讨论内容',
      '- 是否采用新的数据格式？',
      '    - 缺点：旧数据需要转换',
      '## 结论与行动',
      '- 王某提供转换脚本给李某',
      '- 数据输出保留原有格式',
      '## 下次会议',
      '- 5月16日',
    ].join('\n');
    const got = extractFromText(text).decisions.map((d) => d.text);
    expect(got).toEqual(['王某提供转换脚本给李某', '数据输出保留原有格式']);
  });
});
