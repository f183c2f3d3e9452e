import { describe, expect, it } from 'vitest';
import { extractFromText } from '../index';

// A record published as one paragraph, its outcome sentence opened by "本次会议" or with "共"
// ("本次会议共审议通过《…》、《…》"): the sentence is a decision, in either script.
const HEAD = '某县人民政府常务会议纪要\n5月6日上午，县长某某主持召开县政府第12次常务会议，县政府班子成员出席会议。\n';
const HEAD_T = '某縣政府縣務會議紀錄\n5月6日上午，縣長某某主持召開縣務會議，縣府一級主管出席會議。\n';

describe('an outcome sentence opened by 本次会议 or counted with 共', () => {
  it.each([
    ['本次会议共审议通过《某县财政预算调整方案》、《某县人才引进办法》。', HEAD],
    ['本次会议审议通过了《某县财政预算调整方案》。', HEAD],
    ['会议共审议通过《某县财政预算调整方案》、《某县人才引进办法》两个文件。', HEAD],
    ['本次会议同意县教育局提出的校舍改造方案。', HEAD],
    ['本次會議共審議通過《某縣財政預算調整方案》、《某縣人才引進辦法》。', HEAD_T],
    ['會議共審議通過《某縣財政預算調整方案》、《某縣人才引進辦法》兩案。', HEAD_T],
  ])('%s', (sentence, head) => {
    expect(extractFromText(head + sentence).decisions.map((d) => d.text.slice(0, 10))).toEqual([sentence.slice(0, 10)]);
  });
});
