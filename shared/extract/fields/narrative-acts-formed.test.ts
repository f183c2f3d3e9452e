import { describe, expect, it } from 'vitest';
import { extractFromText } from '../index';

/** A narrative record's act of adopting a text it drew up ("形成并通过了…《…》"), told in any body's paragraph: a decision. */
const CASES: [string, string][] = [
  ['第五届监事会第四次会议于2025年8月27日召开，会议由监事长王某主持。\n会议听取了基金会上半年工作总结。经过热烈讨论，形成并通过了监事会《2025年上半年监督检查报告》。', '形成并通过了监事会《20'],
  ['2023年3月5日，村民代表会议在村委会召开，村主任李某主持。\n与会代表逐条讨论，形成并通过了《村规民约》修订稿。', '形成并通过了《村规民约》修'],
  ['本會理事會於2019年6月1日召開第三次會議，由理事長陳某主持。\n會議聽取了秘書處報告，並形成並通過了《年度活動計劃》。', '形成並通過了《年度活動計劃'],
];

describe('an act of drawing up and adopting a text, told in a narrative record', () => {
  it.each(CASES.map(([t, d], i) => [i, t, d] as const))('case %i', (_, text, want) => {
    const got = extractFromText(text).decisions.map((d) => d.text);
    expect(got.some((g) => g.includes(want))).toBe(true);
  });
});
