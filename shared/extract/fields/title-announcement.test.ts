import { describe, expect, it } from 'vitest';
import { extractFromText } from '../index';

// A board's resolution announcement as finance portals republish it: each portal's headline style, each
// form of the code line, the company's name on its own line or run into the title's.
const TITLE = '第五届董事会第六次会议决议公告';
const headlines = ['', '纵横通信:第五届董事会第六次会议决议公告2019-05-30\n公司公告\n', '纵横通信(603602):杭州纵横通信股份有限公司第五届董事会第六次会议决议\n|\n时间:2019年05月30日 21:46:26 中财网\n'];
const codeLines = ['证券代码:603602 证券简称:纵横通信 公告编号:2019-035', '证券代码：603602　　证券简称：纵横通信　　公告编号：临2019-035', '股票代码:603602 股票简称:纵横通信 编号:2019-035'];
const names = ['杭州纵横通信股份有限公司\n', ''];
const body = '本公司董事会及全体董事保证本公告内容不存在任何虚假记载、误导性陈述或者重大遗漏。\n一、董事会会议召开情况\n本次董事会会议于2019年5月29日在公司会议室召开，应出席董事9人，实际出席董事9人。会议由董事长苏维锋主持。\n二、董事会会议审议情况\n1、审议通过《关于变更注册资本的议案》\n表决结果:赞成9票,反对0票,弃权0票。\n';

describe('a listed company’s announcement under a portal’s headline', () => {
  for (const head of headlines)
    for (const code of codeLines)
      for (const name of names) {
        const text = `${head}${code}\n${name}${TITLE}\n${body}`;
        it(`${JSON.stringify(head.slice(0, 12))} / ${code.slice(0, 6)} / ${name ? 'name above' : 'no name'}`, () => {
          const d = extractFromText(text);
          expect(d.title).toBe(TITLE);
          // The company on the line above the title issued it.
          if (name) expect(d.issuer).toBe('杭州纵横通信股份有限公司');
        });
      }
  it('leaves a page without a code line to the other readings', () => {
    expect(extractFromText(`杭州纵横通信股份有限公司\n${TITLE}\n${body}`).title).not.toBeNull();
  });
});
