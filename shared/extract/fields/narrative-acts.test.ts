import { describe, expect, it } from 'vitest';
import { extractFromText } from '../index';
import { actParts, actStart } from './narrative-acts';

describe('where an act starts in a narrative sentence', () => {
  it.each([
    ['经充分讨论和商议，决定由李某、徐某组成换届筹备工作领导小组。', '经充分讨论和商议，决定由李某'],
    ['经过认真研究，同意增设办公室一处。', '经过认真研究，同意增设'],
    ['本次理事会共讨论通过了21名新会员的入会申请。', '本次理事会共讨论通过了'],
    ['此次常委会一致通过了年度工作计划。', '此次常委会一致通过了'],
    ['审定了2016年度表彰名单。', '审定了2016年度'],
    ['会中由秘书处报告业务推动情形，并审议通过108年度收支决算等案。', '审议通过108年度'],
    ['會中由秘書處報告業務推動情形，並審議通過108年度收支決算等案。', '審議通過108年度'],
    ['與會委員聽取了管理處的匯報，經審議後，一致通過上次會議記錄。', '經審議後，一致通過上次會議記錄'],
    ['选举增补刘某、冯某、陈某等6位为常务理事。', '选举增补刘某、冯某'],
    ['会议听取了筹备情况汇报，指定了计票人。', '指定了计票人'],
    // A body named by its own name, not only by its kind.
    ['业主大会同意并授权业委会就小区公共收益等事项走法律程序。', '业主大会同意并授权'],
    ['校务委员会决定由教务处牵头修订培养方案。', '校务委员会决定由'],
    ['党支部委员会一致通过了发展对象名单。', '党支部委员会一致通过了'],
    // How the act was taken, printed before it, is kept with it.
    ['采用举手表决的方式讨论通过协会适时进行换届选举。', '采用举手表决的方式讨论通过'],
    ['会议根据协会的实际进行讨论，以无记名投票形式表决通过了新会员名单。', '会议根据协会的实际'],
    ['本届理事会全票通过了章程修正案。', '本届理事会全票通过了'],
    ['校務委員會決定由教務處牽頭修訂培養方案。', '校務委員會決定由'],
    // A Hong Kong owners' committee agrees by "贊成", after it discussed or read the item.
    ['經商討後，委員一致贊成日後進行問卷調查。', '經商討後，委員一致贊成'],
    ['經審閱後，與會委員一致贊成上述招標書的修訂。', '經審閱後，與會委員一致贊成'],
    ['就外牆維修一事，經商議後，全體委員贊成由甲公司承辦。', '經商議後，全體委員贊成'],
    // What the act was taken on, printed before it: "会议根据…的提请，表决通过了…".
    ['会议根据县人大常委会主任会议的提请，表决通过了人事免职和任职事项。', '会议根据县人大常委会主任会议的提请，表决通过了'],
    ['根据主任会议建议，会议一致通过了年度监督工作计划。', '根据主任会议建议，会议一致通过了'],
  ])('%s', (s, start) => {
    const at = actStart(s);
    expect(at).toBeGreaterThanOrEqual(0);
    expect(s.slice(at)).toMatch(new RegExp(`^${start}`));
  });
  it.each([
    ['speech narration', '王书记强调，要压实责任，同意各单位加快进度。'],
    ['the meeting’s view', '与会人员一致认为，这项工作意义重大，决定性的一年已经到来。'],
    ['"by means of"', '通过学习，大家进一步提高了认识。'],
    ['a letter quoted', '內政部函「貴會由張某遞補為理事案，同意備查」：洽悉。'],
    ['an agenda’s label', '選舉事項：無。'],
    ['an election naming no post', '選舉堂區議會議員。'],
    ['a document named', '通过了解情况，选举办法另行制定。'],
    ['a member’s own view', '李委員表示贊成，但建議先諮詢業主。'],
  ])('none in %s', (_, s) => {
    expect(actStart(s)).toBe(-1);
  });
});

describe('a narrative decision with several acts', () => {
  const cut = (t: string) => actParts(t).map(({ from, to }) => t.slice(from, to).slice(0, 6));
  it.each([
    ['会议审议通过了关于召开九届二次会议的决定，审定了2016年度表彰名单；审议了常委会报告。', ['会议审议通过', '审定了201']],
    ['会议通过了补选名单，通过了选举办法（草案），并讨论通过了决议（草案）。', ['会议通过了补', '通过了选举办', '讨论通过了决']],
    ['本次會議通過了原主任辭職請求，增補王某、李某三位教授為委員，通過了學校下一步發展設想。', ['本次會議通過', '增補王某、李', '通過了學校下']],
  ])('gives one part per act: %s', (t, parts) => {
    expect(cut(t)).toEqual(parts);
  });
  it.each([
    ['a topic reviewed, then its outcomes', '会议研究了食堂改造事宜，同意后勤处的方案，决定由后勤处牵头实施。'],
    ['a decision opening the next act', '会议决定，同意由财政局安排资金50万元。'],
    ['a report heard before the outcome', '听取了秘书处关于推选监票人情况的汇报；通过了总监票人建议名单。'],
  ])('stays one: %s', (_, t) => {
    expect(actParts(t)).toHaveLength(1);
  });
});

// A body's short record in running prose: who met, then paragraphs telling what was done, the acts
// inside them rather than opening each paragraph with "会议…".
const OPENINGS = [
  '8月18日上午，某市作家协会七届十二次理事会在金坛召开。会议由副主席兼秘书长陈某主持，30余位理事参会。',
  '2月4日，某县政协召开九届二次主席会议。县政协主席田某主持会议，副主席王某、华某参加会议。',
];
const STORIES = [
  '会议首先由监事会主席徐某传达了市文联换届工作会议精神。',
  '会上，李某全面总结了上次理事会以来的工作，并就换届工作进行了动员。',
];
const ACTS: [string, string][] = [
  ['经充分讨论和商议，决定由李某、徐某、陆某组成换届筹备工作领导小组，李某担任组长。', '经充分讨论和商议，决定由李某'],
  ['本次理事会共讨论通过了21名新会员的入会申请。', '本次理事会共讨论通过了21名'],
  ['会上由秘书处报告了财务情况，并审议通过了2023年度收支决算和2024年度预算。', '审议通过了2023年度收支'],
  ['选举增补刘某、冯某、陈某等6位为常务理事。', '选举增补刘某、冯某、陈某'],
  ['业主大会同意并授权业委会就小区公共收益事项委托律师处理。', '业主大会同意并授权业委会'],
];

describe('decisions told inside a narrative record', () => {
  for (const open of OPENINGS) {
    it.each(ACTS.map((a, k) => [k, a] as const))('act %i among stories', (k, [act, start]) => {
      const other = ACTS[(k + 1) % ACTS.length];
      const text = [open, STORIES[0], act, STORIES[1], other[0]].join('\n');
      const got = extractFromText(text).decisions.map((d) => d.text);
      expect(got.some((t) => t.startsWith(start))).toBe(true);
      expect(got.some((t) => t.startsWith(other[1]))).toBe(true);
      // The speech and the report told are no decisions.
      expect(got.some((t) => /传达了|全面总结/.test(t))).toBe(false);
    });
  }
  it('splits a paragraph of several acts, one decision per act', () => {
    const text = [OPENINGS[1], '会议审议通过了关于召开县政协九届二次会议的决定及会议议程，审定了2016年度表彰名单；审议了常委会报告；安排部署了常委会议事项。', '会议要求，要精心修改各类会议材料。'].join('\n');
    expect(extractFromText(text).decisions.map((d) => d.text.slice(0, 8))).toEqual(['会议审议通过了关', '审定了2016年']);
  });
});
