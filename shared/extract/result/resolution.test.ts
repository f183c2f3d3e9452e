import { describe, expect, it } from 'vitest';
import { extractFromText } from '../index';
import { linesFromText } from '../linearize/lines';
import { segment } from '../segment/segment';
import { resolutionRecord } from './resolution';

const seg = (text: string) => segment(linesFromText(text));

/** The portal's lines above an announcement (a search result's headline with its date): they hide its title. */
const portal = (heading: string) => ['意见反馈 手机随时随地看行情', '公司公告', `某某科技:${heading}2019-05-30`];

/** A board's, a supervisory board's and a shareholders' meeting's resolutions published, each cut short before its resolutions, in a PDF's wrapped lines. */
const CUT_SHORT = [
  [
    ...portal('第五届董事会第六次会议决议公告'),
    '证券代码:603602          证券简称:某某科技           公告编号:2019-035',
    '某某科技股份有限公司',
    '第五届董事会第六次会议决议公告',
    '本公司董事会及全体董事保证本公告内容不存在任何虚假记载、误导性陈述',
    '或者重大遗漏,并对其内容的真实性、准确性和完整性承担个别及连带责任。',
    '一、董事会会议召开情况',
    '(一)本次董事会会议于 2019 年 5 月 29 日在公司会议室以现场结合通讯会',
    '议的方式召开。',
    '(二)本次董事会会议应出席董事 9 人,实际出席董事 9 人。',
  ],
  [
    ...portal('第三届监事会第十二次会议决议公告'),
    '某某科技股份有限公司',
    '第三届监事会第十二次会议决议公告',
    '本公司监事会及全体监事保证本公告内容不存在任何虚假记载、误导性陈述',
    '或者重大遗漏。',
    '一、监事会会议召开情况',
    '本次会议由监事会主席王某某召集并主持,会议的召集和召开符合《公司法》',
    '和《公司章程》的规定。',
  ],
  [
    ...portal('2023年第一次临时股东大会决议公告'),
    '某某科技股份有限公司',
    '2023年第一次临时股东大会决议公告',
    '本公司董事会及全体董事保证本公告内容不存在任何虚假记载、误导性陈述',
    '或者重大遗漏。',
    '一、会议召开和出席情况',
    '(一)本次股东大会于2023年8月15日在公司会议室召开。',
  ],
  [
    '意見反饋 手機隨時隨地看行情',
    '公司公告',
    '某某實業:第十屆董事會第十六次會議決議公告2019-05-30',
    '某某實業股份有限公司',
    '第十屆董事會第十六次會議決議公告',
    '本公司董事會及全體董事保證本公告內容不存在任何虛假記載、誤導性陳述',
    '或者重大遺漏。',
    '一、董事會會議召開情況',
    '本次會議應出席董事7人,實際出席董事7人。',
  ],
].map((ls) => ls.join('\n'));

/** A record whose header lines are lost: who attended counted, with the chair or the date it was held on. */
const HEADER_LOST = [
  ['三、出席人員：應到93人，實到63人，請假0人。', '四、列席人員：高某某、董某某', '五、主席：鄭某某　紀錄：鄭某某', '六、主席致詞：過去這一年本會會務順利推展。'],
  ['出席：应到委员15人，实到13人。', '主持人：张某某', '会议听取了关于年度经费使用情况的说明。'],
  ['本次会议于2021年3月4日在村委会议室召开，应到村民代表25人，实到22人。', '与会代表就道路硬化方案发表了意见。'],
].map((ls) => ls.join('\n'));

/** What shares the words and is no record: a notice calling the meeting, a guide with its figures masked, a heading over the law's boilerplate. */
const LOOK_ALIKES = [
  ['关于召开第五届董事会第七次会议的通知', '各位董事：', '公司定于2019年6月20日在公司会议室召开第五届董事会第七次会议，应出席董事9人，请准时参加。'],
  ['董事会决议公告怎么写', '一、董事会会议召开情况', '本次会议应出席董事××人，实际出席董事××人，会议由董事长×××主持。'],
].map((ls) => ls.join('\n'));
/** The heading over the law's boilerplate alone: no mark of the meeting held. */
const HEADING_ONLY = ['第五届董事会第六次会议决议公告', '本公司董事会及全体董事保证本公告内容不存在任何虚假记载、误导性陈述或者重大遗漏。', '一、董事会会议召开情况'].join('\n');

describe('a meeting’s resolutions published, read cut short or without its header', () => {
  it.each(CUT_SHORT.map((t, i) => [i, t]))('cut-short announcement %i is the meeting’s record', (_, text) => {
    expect(resolutionRecord(seg(text))).toBe(true);
    expect(extractFromText(text).isMinutes).toBe(true);
  });
  it.each(HEADER_LOST.map((t, i) => [i, t]))('record %i without its header is read by its counted attendance', (_, text) => {
    expect(resolutionRecord(seg(text))).toBe(true);
    expect(extractFromText(text).isMinutes).toBe(true);
  });
  it.each(LOOK_ALIKES.map((t, i) => [i, t]))('look-alike %i is not taken for a record', (_, text) => {
    expect(resolutionRecord(seg(text))).toBe(false);
    expect(extractFromText(text).isMinutes).toBe(false);
  });
  it('a heading alone is not the record', () => {
    expect(resolutionRecord(seg(HEADING_ONLY))).toBe(false);
  });
});

describe('a board\u2019s resolutions published as "…会议决议的公告"', () => {
  it('is its record, not a notice', () => {
    const d = extractFromText(['福莱特玻璃集团股份有限公司', '第六届董事会第三十四次会议决议的公告', '证券代码:601865 股票简称:福莱特 公告编号:2023-002', '本公司董事会及全体董事保证本公告内容不存在任何虚假记载、误导性陈述或者重大遗漏。', '公司于2023年1月16日以电子邮件方式向全体董事发出了召开第六届董事会第三十四次会议的通知，并于2023年2月6日在公司会议室召开。本次会议应到董事7名，实到董事7名。会议由公司董事长阮洪良先生主持。', '经与会董事充分审议，形成如下决议：', '一、审议通过《关于公司2023年度日常关联交易预计的议案》', '表决结果：同意7票，反对0票，弃权0票。', '二、审议通过《关于召开2023年第一次临时股东大会的议案》', '表决结果：同意7票，反对0票，弃权0票。'].join('\n'));
    expect(d.isMinutes).toBe(true);
  });
});
