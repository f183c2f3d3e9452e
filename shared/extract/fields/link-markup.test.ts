import { describe, expect, it } from 'vitest';
import { withoutLinkMarkup } from './link-markup';
import { extractFromText } from '../index';

describe('links and handles in a list of people', () => {
  it.each([
    ['[张三](https://gitee.com/zs)', '张三'],
    ['任革林 [@im-off](https://gitee.com/im-off)  ', '任革林'],
    ['John Smith (@jsmith)', 'John Smith'],
    ['张三（@zs）、李四（@ls）', '张三、李四'],
    ['Mary Jones @mjones, Tom Brown @tbrown', 'Mary Jones, Tom Brown'],
    ['[John Smith](mailto:js@example.org)', 'John Smith'],
  ])('%s', (raw, seen) => {
    expect(withoutLinkMarkup(raw)).toBe(seen);
  });

  it('keeps a list of handles alone, an address and text without links', () => {
    expect(withoutLinkMarkup('@zhangsan @lisi @wangwu')).toBe('@zhangsan @lisi @wangwu');
    expect(withoutLinkMarkup('js@example.org')).toBe('js@example.org');
    expect(withoutLinkMarkup('县财政局李四')).toBe('县财政局李四');
  });
});

describe('attendees printed with their accounts, read through the whole pipeline', () => {
  const zh = (head: string) => `某某社区SIG例会纪要\n${head}\n会议议定事项如下：\n一、同意2024年度工作计划。\n二、由秘书处负责筹备年会，6月底前完成。`;
  const en = (head: string) => `Minutes of the TSC Meeting\n${head}\n1. Budget\nIt was agreed that the budget be approved.\nAction: Tom to circulate the report by 30 June.`;
  it.each([
    '## 与会人(Attendees)\n张三 [@zs](https://gitee.com/zs)  \n李四 [@ls](https://gitee.com/ls)  \n王五 [@ww](https://gitee.com/ww)\n\n## 会议纪要(Notes)',
    '与会人员：\n张三 [@zs](https://gitee.com/zs)\n李四 [@ls](https://gitee.com/ls)\n王五 [@ww](https://gitee.com/ww)',
    '与会人员：[张三](https://gitee.com/zs)、[李四](https://gitee.com/ls)、[王五](https://gitee.com/ww)',
  ])('zh: %s', (head) => {
    expect(extractFromText(zh(head)).attendees).toEqual(['张三', '李四', '王五']);
  });
  it.each([
    'Attendees:\n- [John Smith](https://github.com/js)\n- [Mary Jones](https://github.com/mj)\n- [Tom Brown](https://github.com/tb)',
    'Attendees:\n* John Smith [@jsmith](https://github.com/jsmith)\n* Mary Jones [@mjones](https://github.com/mjones)\n* Tom Brown [@tbrown](https://github.com/tbrown)',
  ])('en: %s', (head) => {
    expect(extractFromText(en(head)).attendees).toEqual(['John Smith', 'Mary Jones', 'Tom Brown']);
  });
});
