import { describe, expect, it } from 'vitest';
import { extractFromText } from '../index';

/**
 * A short record whose demands are counted "一要…二要…三要…" (as "一是…二是…"): one decision per
 * point, each from its 要, where nothing else is decided (fields/meeting-directives.ts).
 */
const head = ['某镇召开防汛工作会议', '6月3日,镇党委书记王建国主持召开防汛工作会议。镇领导班子、各村书记参加了会议。'];
const paragraphs = [
  '会议强调,一要压实防汛责任,各村干部要做好河道巡查工作。二要完善应急预案,备足抢险物资。三要加强值班值守,确保信息畅通。',
  '会议要求：一要摸清隐患底数,各村要逐户排查危房。二要落实转移措施,及时转移群众。',
  '会议强调，一要加强宣传引导，各村干部要入户发放宣传单。二要做好物资保障。三要强化督查问责。四要及时报送信息。',
];

describe('demands counted 一要, 二要, …', () => {
  it.each(paragraphs)('each point is a decision: %s', (p) => {
    const d = extractFromText([...head, p].join('\n'));
    const points = p.match(/[一二三四]要/g) ?? [];
    expect(d.decisions.map((x) => x.text.slice(0, 1))).toEqual(points.map(() => '要'));
    expect(d.decisions).toHaveLength(points.length);
  });
});

describe('counted demands beside other sentences', () => {
  it('are read after what the meeting heard, over a run-on sentence that "确定" something', () => {
    const d = extractFromText([
      '区长李建国主持召开区长办公会',
      '3月4日晚,区长李建国主持召开区长办公会。区领导马骏、谷向参加。',
      '会议听取了本周重点工作安排,并对重点工作逐项研究部署,细化任务分工,确定推进思路。',
      '会议强调,一要快速推进创文指挥部实体化运作,完善实施方案;二要提升要素保障水平,做好重点项目前期征迁工作;三要力促热线服务质效提升,提升群众满意度。',
    ].join('\n'));
    expect(d.decisions.map((x) => x.text.slice(0, 6))).toEqual(['要快速推进创', '要提升要素保', '要力促热线服']);
  });

  it('leave a single demand paragraph after what was studied alone', () => {
    const d = extractFromText(['6月3日，县长王某主持召开县政府常务会议。', '会议学习了省安全生产工作会议精神，并安排落实意见。', '会议要求，各乡镇要严格落实安全生产责任，做好隐患排查整治。'].join('\n'));
    expect(d.decisions).toEqual([]);
  });
});

describe('an outcome clause with the meeting unsaid', () => {
  it('"…的报告，研究决定了…" is a decision from its verb', () => {
    const d = extractFromText([
      '12月10日下午，县人大常委会召开第八次主任会议，常务副主任沙际涛主持会议，副主任刘自朝、袁永雨出席会议。',
      '主任会议听取审议了人选工委关于走访代表收集意见和建议情况的报告、农工委关于农业机械管理工作的调研报告，研究决定了召开县人大常委会第六次会议的有关具体事宜。',
    ].join('\n'));
    expect(d.decisions.map((x) => x.text)).toEqual(['研究决定了召开县人大常委会第六次会议的有关具体事宜。']);
  });
});
