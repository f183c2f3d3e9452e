import { describe, expect, it } from 'vitest';
import { extractFromText } from '../index';

const report = (...paras: string[]) =>
  ['5月12日上午，区管委会副主任李某主持召开项目推进专题会议。', '会议听取了各项目进展情况汇报。', ...paras].join('\n');
const texts = (...paras: string[]) => extractFromText(report(...paras)).decisions.map((d) => d.text);

describe('the meeting’s demands in a report of it', () => {
  it.each([
    ['会议强调，各施工单位要加快进度，落实安全措施，确保主体工程在月底前完工。', /^会议强调，各施工单位/],
    ['会议要求：全区各部门要主动对接项目单位，及时协调用地、用电等问题，做好服务保障。', /^会议要求：全区各部门/],
    ['会议要求，规划分局务必在6月10日前完成方案审查。', /^会议要求，规划分局/],
  ])('%s is a decision', (para, start) => {
    const got = texts(para);
    expect(got).toHaveLength(1);
    expect(got[0]).toMatch(start);
  });

  it('counts its points one by one, from each point’s words', () => {
    const got = texts('会议要求：一是明确责任。各街道要落实专人负责。二是明确时限。各单位务必在6月底前报送材料。三是明确问责。逾期未报的予以通报。');
    expect(got.map((t) => t.slice(0, 4))).toEqual(['明确责任', '明确时限', '明确问责']);
  });

  it('counts points asked in a clause of the meeting’s own sentence, each without the comma that parts them', () => {
    const got = texts('最后，会议对近期工作进行了安排部署，要求一是有序推进换届选举相关工作，二是做好年终总结和新春拜年活动，三是做好社员积分评定。');
    expect(got).toEqual(['有序推进换届选举相关工作', '做好年终总结和新春拜年活动', '做好社员积分评定。']);
  });

  it('leaves such a clause alone outside the meeting’s sentence', () => {
    expect(texts('有的同志提出，要求一是加快进度，二是控制成本。')).toEqual([]);
  });

  it.each([
    '会议强调，要持续优化营商环境，推动各项部署要求落地见效。',
    '会议指出，各部门要提高认识，形成合力。',
    '会议认为，项目总体进展顺利。',
    '会议要求，各部门要抓好落实。',
  ])('%s is none', (para) => {
    expect(texts(para)).toEqual([]);
  });

  it('is not read where it says how to carry out what the meeting studied', () => {
    const got = extractFromText(['6月3日，县长王某主持召开县政府常务会议。', '会议学习了省安全生产工作会议精神，并安排落实意见。', '会议要求，各乡镇要严格落实安全生产责任。', '会议还研究了其他事项。'].join('\n')).decisions;
    expect(got).toEqual([]);
  });

  it('is not read beside an outcome the meeting decided', () => {
    const got = texts('会议决定，成立项目建设领导小组。', '会议要求，各施工单位要加快进度。');
    expect(got.some((t) => t.startsWith('会议要求'))).toBe(false);
  });
});
