import { describe, expect, it } from 'vitest';
import { extractFromText } from '../index';
import { segment } from '../segment/segment';
import { linesFromText } from '../linearize/lines';
import { noticeTitle } from './notice-title';

const seg = (text: string) => segment(linesFromText(text));
const BODY = '\n一、会议时间\n2023年5月31日14点00分\n二、会议地点\n公司大厦A座21层报告厅\n三、会议审议事项\n（一）审议通过《2022年度董事会工作报告》\n（二）审议通过《2022年度利润分配方案》';

/** A notice's title, printed twice, under its dateline, or after the issuer's name: each line read alone. */
const NOTICES = [
  // A numbered notice ("…的通知(第一号)") over its particulars and schedule.
  '关于举办2011年度天文台总结大会暨新年联欢会的通知(第一号)\n台属各部门:\n为了更好地总结2011年工作，经研究，决定举办2011年度总结大会，现将具体事项通知如下:\n一、会议时间:2011年12月30日\n二、会议地点:国际会议中心\n三、参加人员:在职职工、博士后、研究生\n四、日程安排\n9:00—10:00 台长做全台工作总结报告',
  `某某集团股份有限公司关于召开2022年年度股东大会的通知\n某某集团股份有限公司关于召开2022年年度股东大会的通知\n2023年05月11日 05:49 中国证券报${BODY}`,
  `关于召开市政府第8次常务会议的通知\n发布时间：2022-03-01${BODY}`,
  `某某協會\n關於舉行第十屆理事會第四次常務理事會議的通知${BODY}`,
];
/** Records that name such a notice further down, or a record's own headline. */
const RECORDS = [
  '市政府第8次常务会议纪要\n3月5日，市长王某主持召开市政府第8次常务会议。\n会议审议通过了《关于召开全市安全生产工作会议的通知》。\n会议同意由市应急局负责筹备。',
  '区政府召开第12次常务会议\n6月3日，区长李某主持召开区政府第12次常务会议，副区长赵某、钱某出席会议。\n会议审议通过了《关于举办2023年招商推介会的方案》。',
];

describe('a notice’s own title among the first lines', () => {
  it.each(NOTICES.map((t, i) => [i, t]))('notice %i is refused', (_, text) => {
    expect(noticeTitle(seg(text))).toBe(true);
    expect(extractFromText(text).isMinutes).toBe(false);
  });
  it.each(RECORDS.map((t, i) => [i, t]))('record %i is not a notice', (_, text) => {
    expect(noticeTitle(seg(text))).toBe(false);
    expect(extractFromText(text).isMinutes).toBe(true);
  });
});
