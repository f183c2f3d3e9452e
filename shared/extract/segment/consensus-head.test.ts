import { describe, expect, it } from 'vitest';
import { extractFromText } from '../index';
import { isConsensusHeadZh, opensConsensusZh } from './consensus-head';

describe('the head of a meeting’s consensus', () => {
  it.each(['会议达成以下共识：', '會議達成共識:', '达成共识', '三、会议达成的共识', '**与会各方形成如下共识**：', '经讨论，双方达成三点共识：', '（二）取得一致意见如下：', '經討論，與會人員達成以下共識：'])('%s is one', (h) => {
    expect(isConsensusHeadZh(h)).toBe(true);
  });
  it.each(['会议认为，要凝聚共识，形成合力。', '达成共识是推动工作的关键', '形成共识。', '共识', '关于凝聚社会共识的几点思考与建议', '会议达成共识，同意由办公室牵头。'])('%s is none', (h) => {
    expect(isConsensusHeadZh(h)).toBe(false);
  });
  it('a paragraph may end by opening it', () => {
    expect(opensConsensusZh('与会人员围绕停车和垃圾分类问题进行了充分讨论，达成如下共识：')).toBe(true);
    expect(opensConsensusZh('与会人员围绕停车问题进行了充分讨论，达成了共识。')).toBe(false);
  });
});

// One meeting's record, its consensus opened in several printings, in both scripts.
const ITEMS_ZH = ['由物业公司负责在3月底前完成车位划线。', '社区居委会每周开展一次垃圾分类宣传。', '下次会议定于4月初召开。'];
const ITEMS_TW = ['由物業公司負責在3月底前完成車位劃線。', '社區居委會每週開展一次垃圾分類宣傳。', '下次會議定於4月初召開。'];
const record = (title: string, head: string, items: string[], number: (n: number) => string) =>
  [title, '时间：2023年3月5日', '地点：社区会议室', '主持人：王明', '出席人员：李华、张强、赵敏', head, ...items.map((t, n) => `${number(n)}${t}`)].join('\n');
const PRINTINGS = [
  { name: 'a heading, numbered 1.', head: '会议达成以下共识：', items: ITEMS_ZH, number: (n: number) => `${n + 1}. ` },
  { name: 'a heading in Traditional script', head: '會議達成共識:', items: ITEMS_TW, number: (n: number) => `${n + 1}. ` },
  { name: 'a heading, numbered 一、', head: '会议形成如下共识：', items: ITEMS_ZH, number: (n: number) => `${'一二三'[n]}、` },
  { name: 'a paragraph ending in it', head: '与会人员围绕停车和垃圾分类问题进行了充分讨论，达成如下共识：', items: ITEMS_ZH, number: (n: number) => `（${'一二三'[n]}）` },
  { name: 'a numbered heading, no colon', head: '二、经讨论，各方达成的共识', items: ITEMS_ZH, number: (n: number) => `${n + 1}、` },
];

describe('a meeting’s consensus opens its decisions', () => {
  it.each(PRINTINGS)('$name: each item a decision', ({ head, items, number }) => {
    const draft = extractFromText(record('社区工作协调会会议纪要', head, items, number));
    expect(draft.decisions.map((d) => d.text)).toEqual(items);
    expect(draft.decisions[0].assignees.length).toBe(1);
    expect(draft.decisions[0].due).toMatch(/3月底前/);
  });
});
