import { describe, expect, it } from 'vitest';
import { bulletNameItem } from './bullet-names';
import { withoutLinkMarkup } from './link-markup';
import { extractFromText } from '../index';

describe('one attendee a bullet', () => {
  it.each([
    ['- chenfei_mindspore(Huawei)', true],
    ['* 张三（华为技术有限公司）', true],
    ['• alice (Intel Corporation)', true],
    ['- @bob', true],
    ['- Pengxiang Xu', true],
    ['- 会议决定下一次讨论该议题。', false],
    ['- 议题1：编译器', false],
    ['- A, B, C', false],
    ['chenfei_mindspore(Huawei)', false],
  ])('%s', (line, one) => {
    expect(bulletNameItem(line)).toBe(one);
  });

  it.each([
    ['- @alice', '- @alice'],
    ['Alice, @bob', 'Alice, @bob'],
    ['出席：@zs、@ls', '出席：@zs、@ls'],
    ['Alice Wang @aw', 'Alice Wang'],
  ])('a handle as the item itself is kept: %s', (raw, seen) => {
    expect(withoutLinkMarkup(raw)).toBe(seen);
  });
});

describe('a bulleted list of attendees under its heading in Chinese notes', () => {
  const page = (heading: string, items: string[]) =>
    `某某开源社区编译器SIG例会纪要\n会议时间：2021年6月10日\n${heading}\n${items.map((x) => `- ${x}`).join('\n')}\n## 会议纪要\n会议议定事项如下：\n一、同意2021年度工作计划。\n二、由秘书处负责筹备年会，6月底前完成。`;
  const lists: [string, string[]][] = [
    ['handles with companies', ['Yi Yang', 'Pengxiang Xu', 'huangbingjian(Huawei)', 'chenfei_mindspore(Huawei)', 'yujianfeng(Huawei)']],
    ['names with long affiliations', ['张三（华为技术有限公司）', '李四（中兴通讯股份有限公司）', '王五（英特尔）']],
    ['names with companies after a space', ['alice (Intel Corporation)', 'bob (Huawei Technologies)', 'carol (Arm)']],
    ['GitHub handles', ['@alice', '@bob_dev', '@carol-x']],
  ];
  it.each(['## Attendees', '参会人员：', '與會者：', '出席：'].flatMap((h) => lists.map(([what, items]): [string, string, string[]] => [h, what, items])))(
    '%s, %s: every item read',
    (heading, _, items) => {
      const d = extractFromText(page(heading, items));
      expect(d.isMinutes).toBe(true);
      expect(d.attendees).toHaveLength(items.length);
      for (const [k, x] of items.entries()) expect(x).toContain(d.attendees[k].replace(/^@/, ''));
    },
  );
});
