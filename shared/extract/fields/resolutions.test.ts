import { describe, expect, it } from 'vitest';
import { extractFromText } from '../index';

// A resolution announcement's motions in the layouts boards print them: each motion one decision,
// its vote line, explanation and "尚需提交股东大会审议" no others.
const M = ['关于2022年年度报告及其摘要的议案', '关于2022年度利润分配预案的议案', '关于续聘会计师事务所的议案'];
const CN = '一二三';
const VOTE = '表决结果：同意9票，反对0票，弃权0票。';
const page = (body: string[]) =>
  ['某股份有限公司第八届董事会第十次会议决议公告', '一、董事会会议召开情况', '公司第八届董事会第十次会议于2023年4月20日在公司会议室召开。会议应出席董事9名，实际出席董事9名。会议由董事长张某主持。', '二、董事会会议审议情况', ...body, '特此公告。', '某股份有限公司董事会', '2023年4月21日'].join('\n');
const LAYOUTS: [string, (m: string, i: number) => string[]][] = [
  ['explanation under the vote', (m, i) => [`（${CN[i]}）审议通过了《${m}》`, VOTE, '同意公司按规定办理相关事项。']],
  ['a board\'s view above the vote', (m, i) => [`${i + 1}、审议通过《${m}》`, '经审核，董事会认为该事项符合公司实际。', VOTE]],
  ['referred on to the shareholders', (m, i) => [`${CN[i]}、审议并通过《${m}》`, VOTE, '本议案尚需提交公司股东大会审议。']],
  ['the tally before the verb', (m, i) => [`（${CN[i]}）会议以9票同意、0票反对、0票弃权，审议通过了《${m}》。`, '同意续聘某会计师事务所为公司审计机构。']],
  ['under a list opened by the verb', (m, i) => [...(i === 0 ? ['会议审议通过了以下议案：'] : []), `${i + 1}.《${m}》`, VOTE]],
  ['labelled motions', (m, i) => [`议案${CN[i]}：${m}`, VOTE]],
  ['a shareholders\' meeting', (m, i) => [`${i + 1}、议案名称：${m}`, '审议结果：通过', '表决情况：同意票数占出席会议有效表决权的99.9%。']],
];

describe('a resolution announcement', () => {
  it.each(LAYOUTS)('gives one decision per motion (%s)', (_, layout) => {
    const d = extractFromText(page(M.flatMap(layout))).decisions;
    expect(d.length).toBe(3);
    d.forEach((x, i) => expect(x.text).toContain(M[i]));
  });
  it('gives one per motion in Traditional script too', () => {
    const t = ['關於2022年年度報告的議案', '關於續聘會計師事務所的議案'];
    const body = t.flatMap((m, i) => [`${i + 1}、審議通過《${m}》`, '表決結果：同意9票，反對0票，棄權0票。', '同意續聘某會計師事務所為公司審計機構。']);
    const d = extractFromText(page(body)).decisions;
    expect(d.map((x) => x.text)).toEqual(t.map((m) => `審議通過《${m}》`));
  });
  it('is not read where a motion has no vote of its own', () => {
    const doc = ['某公司总经理办公会会议纪要', '4月20日，总经理张某主持召开办公会，李某、王某参加会议。', '一、会议审议通过了《关于2022年年度报告的议案》。', '二、会议决定，由财务部负责编制2023年预算，5月底前完成。'];
    const d = extractFromText(doc.join('\n')).decisions;
    expect(d.map((x) => x.text.slice(0, 6))).toEqual(['会议审议通过', '会议决定，由']);
    expect(d[1].assignees).toEqual(['财务部']);
  });
});
