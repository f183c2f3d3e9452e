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

describe('a note page\'s numbered attendance heading, its groups named with a Latin word', () => {
  const page = (head: string) =>
    ['# 社区技术监督委员会第一次会议', '', head, 'TOC成员：', '* 肖思兴（京东云）', '* 韩建飞（OPPO）', '* 姚宁（同方有云）', '', '其他：', '* 万慧（腾讯）', '', '## 二、会议时间：2022年6月2日 14：30-15：30', '## 三、主持人：郁葱葱', '## 四、会议议题：', '1. 选举主席', '会议结论：郭振宇当选TOC主席'].join('\n');

  it.each(['## 一、参会人员', '## 参会人员', '参会人员：'])('under "%s" reads the people, not the group "TOC成员"', (head) => {
    expect(extractFromText(page(head)).attendees).toEqual(['肖思兴', '韩建飞', '姚宁', '万慧']);
  });
});
