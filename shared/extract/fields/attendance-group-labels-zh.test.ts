import { describe, expect, it } from 'vitest';
import { extractFromText } from '../index';

describe('groups inside a Chinese attendance block, each by its role', () => {
  it('a role named at length ("…方向技术负责人：") is a group, not an attendee', () => {
    const text = [
      '# 20240204 社区会议 - 联邦学习方向#1 会议纪要',
      '## 参会人员',
      '- 隐语社区联邦学习方向技术负责人：@ian-huu、@zhangxingmeng',
      '- 隐语开源社区运营：@Candicepan',
      '- 隐语社区开发者',
      '## 会议纪要',
      '1. 会议决定下月起每两周召开一次例会。',
      '2. 由@ian-huu负责整理任务清单，3月1日前发布。',
    ].join('\n');
    const names = extractFromText(text).attendees;
    expect(names).toEqual(['@ian-huu', '@zhangxingmeng', '@Candicepan', '隐语社区开发者']);
  });
});
