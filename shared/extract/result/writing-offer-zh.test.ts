import { describe, expect, it } from 'vitest';
import { extractFromText } from '../index';

// A guide's preface offering the text below as a model for writing minutes, over fields masked as xxx.
const guide = (preface: string) =>
  [
    '2019-12-18',
    '',
    preface,
    '',
    '各位同事，',
    '感谢大家参与今天关于XXX的产品会议。整个项目进度符合预期，请参考以下的会议纪要：',
    '【会议地点】',
    '上海办公室远程接入',
    '【参会人】',
    '出席：xx部门xxx',
    '未出席：xx部门xxx',
    '【议程】',
    '主题A：',
    '事件1',
    '描述，讨论过程',
    '结论',
    '【待执行】',
    'XXX 负责在—/—日之前提交xxx，完成后XXX 负责审核。',
  ].join('\n');

describe('a Chinese guide offering a model for writing minutes', () => {
  it.each([
    '设计师需要在会后向参会人发送会议纪要。本篇就是针对这一点，提供一则撰写会议纪要的参考：',
    '下面分享一个编写会议记录的模板，大家可以直接套用：',
  ])('"%s": a guide, not minutes', (preface) => {
    const draft = extractFromText(guide(preface));
    expect(draft.isMinutes).toBe(false);
  });

  it('a record whose names are printed is still read, its preface speaking of writing minutes', () => {
    const record = [
      '本纪要由李明撰写，会议纪要的参考资料见附件。',
      '第三次项目例会会议纪要',
      '时间：2024年4月16日',
      '主持人：王雨',
      '参会人员：王雨、李明、张强',
      '会议决定：',
      '1. 由李明负责更新项目文档，4月20日前完成。',
      '2. 由张强负责准备用户测试。',
    ].join('\n');
    expect(extractFromText(record).isMinutes).toBe(true);
  });
});
