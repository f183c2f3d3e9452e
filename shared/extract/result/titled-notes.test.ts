import { describe, expect, it } from 'vitest';
import { extractFromText } from '../index';

/** Notes under a minutes title, their items in one of the notes' forms the fields do not read. */
const titles = ['# 会议记录', '# 项目组例会 会议纪录', '# 會議紀錄 — 第三次小組會', '# Team meeting minutes'];

const BODIES: [string, string[]][] = [
  ['outcomes under bold labels', ['## 第 1 题 抽签机制', '**讨论**：公开抽顺序号，依序分发。', '**决议**：照案通过，修办法第 3 条。', '## 第 2 题 车位数量', '**讨论**：经理现场实勘。', '**决议**：照案通过：大 317／小 330。']],
  ['outcomes under bold labels, colon inside', ['### 选题', '- **结论：** 采用方案二，下周开始实现。', '### 分工', '- **决定：** 前端由两人负责，后端一人。']],
  ['outcomes under bracketed labels', ['一、接口设计', '【结论】统一使用 REST 风格接口。', '二、测试', '【决议】每周五进行一次集成测试。']],
  ['English outcomes under bold labels', ['## Release date', '**Decision**: ship version 2.1 on Friday.', '## Hosting', '__Outcome:__ move the site to the new server.']],
  ['work items each followed by its owner', ['### SRS', '1. 新增用例图的描述  - 陆广炎', '2. 新增E-R图，按照规范画出实体 -陆广炎', '3. 完善用户界面 — 陈宇航', '4. 对文档进行审核 - 段牧知  陈宇航']],
  ['English work items with owners', ['## Tasks', '- Update the wiki with the new schedule - Alice', '- Book the room for next month — Bob Lee', '- Send the survey to members - @carol']],
];

/** What shares the title: a guide describing what each label holds, an agenda whose items end in roles, a single labelled line. */
const LOOK_ALIKES: [string, string][] = [
  ['a guide describing the labels', ['# 会议记录', '会议记录一般包括以下内容：', '**决议**：写明会议通过的决定。', '**结论**：填写讨论得出的结论。'].join('\n')],
  ['an agenda whose items end in roles', ['# Team meeting minutes', '1. Welcome and introductions - Chair', '2. Updates from each area - All', '3. Any other business - Secretary'].join('\n')],
  ['one labelled line alone', ['# 会议记录', '**决议**：照案通过。'].join('\n')],
];

describe('notes under a minutes title whose items the fields miss', () => {
  for (const [name, body] of BODIES) {
    it.each(titles.map((t) => [t]))(`${name}, under %s, are minutes`, (title) => {
      expect(extractFromText([title, ...body].join('\n')).isMinutes).toBe(true);
    });
  }
  it.each(LOOK_ALIKES)('%s is refused', (_, text) => {
    expect(extractFromText(text).isMinutes).toBe(false);
  });
});
