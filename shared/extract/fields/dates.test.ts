import { describe, expect, it } from 'vitest';
import { findDates, lostMonthDate, rocTimeDates } from './dates';
import { extractFromText } from '../index';

describe('dates', () => {
  const iso = (s: string) => findDates(s).map((d) => d.iso);
  it.each([
    ['二〇〇四年五月二十六日', '2004-05-26'],
    ['2004年5月26日', '2004-05-26'],
    ['2004-05-26', '2004-05-26'],
    ['May 26 2004', '2004-05-26'],
    ['On May 26, 200x, the meeting', 'XXXX-05-26'],
    ['26 May 2007', '2007-05-26'],
    ['Monday, 2017 October 02', '2017-10-02'],
    ['2017 Oct 2', '2017-10-02'],
    ['3rd March 2021', '2021-03-03'],
    ['Date: Monday 3rd March 2021Time: 19:00', '2021-03-03'],
    ['8th May 2014', '2014-05-08'],
    ['held on Wednesday 9 May, 2018', '2018-05-09'],
    ['Sep. 30, 2016', '2016-09-30'],
    ['xx年2月2日上午', 'XXXX-02-02'],
    ['会议时间:104年6月10日(星期三)', '2015-06-10'],
    ['TC Meeting #13 February 28, 2018', '2018-02-28'],
    ['***年1月27日下午', 'XXXX-01-27'],
    ['9 月 1 日下午', 'XXXX-09-01'],
    ['Date: 12/03/2021', '2021-03-12'],
    ['on 03/25/2021', '2021-03-25'],
    ['held at the Yacht Club on Feburary 17th 2023', '2023-02-17'],
    ['Febuary 3, 2019', '2019-02-03'],
  ])('%s → %s', (text, want) => {
    expect(iso(text)[0]).toBe(want);
  });
  it('does not read the verb "may" as a month', () => {
    expect(iso('members may 2 be late')).toEqual([]);
  });
  it('dates a meeting over two days by its first, a deadline by its last', () => {
    expect(iso('HELD ON 18TH & 19TH JULY, 2012 AT SHIMLA')).toEqual(['2012-07-18']);
    expect(iso('held on 18-19 July 2012')).toEqual(['2012-07-18']);
    expect(findDates('by 10-15 June 2012', false).map((d) => d.iso)).toEqual(['2012-06-15']);
  });
});

describe('Chinese dates printed other ways', () => {
  it('a Republic-of-China year in numerals, a zero typed as a letter, a 月 lost with the year printed', () => {
    expect(findDates('开会时间：民国九十一年八月十一日（星期日）')[0].iso).toBe('2002-08-11');
    expect(findDates('日期：二OO六年九月二十五日')[0].iso).toBe('2006-09-25');
    expect(findDates('2025年1127日，区长主持召开')[0].iso).toBe('2025-11-27');
    expect(findDates('2025年1327日')).toEqual([]);
  });
});

describe('a formal record\'s "day of"', () => {
  it('"the 28th day of March, 2019" is a date', () => {
    expect(findDates('HELD ON THE 28TH DAY OF MARCH, 2019 AT THE HALL')[0].iso).toBe('2019-03-28');
    expect(findDates('on this 5th day of June 2020')[0].iso).toBe('2020-06-05');
  });
});

describe('a Taiwan record\'s labelled meeting time', () => {
  const roc = (s: string) => rocTimeDates(s).map((d) => d.iso);
  it('a Republic-of-China year with slashes, with two digits, or with its 年月日 lost', () => {
    expect(roc('113/11/12 19:00~20:45')).toEqual(['2024-11-12']);
    expect(roc('97年12月6日(上午9:00~12:00)')).toEqual(['2008-12-06']);
    expect(roc('民國1061021(星期六)上午9')).toEqual(['2017-10-21']);
    expect(roc('民國10343(星期)730分')).toEqual(['2014-04-03']);
    expect(roc('10342(週三) 08:30-1200')).toEqual(['2014-04-02']);
  });
  it('reads no Gregorian date, time or ambiguous run that way', () => {
    expect(roc('2016年11月29日 上午9:00')).toEqual([]);
    expect(roc('2016-11-29 1130')).toEqual([]);
    // 106年1月11日 or 106年11月1日: two readings, so none.
    expect(roc('民國106111')).toEqual([]);
  });
});

describe('a record\'s opening whose 月 was lost', () => {
  it('"423日，校长…" is 4月23日; a run that splits two ways is not read', () => {
    expect(lostMonthDate('423日,校长张某在办公楼会议室主持召开校长办公会。')?.iso).toBe('XXXX-04-23');
    expect(lostMonthDate('1127日上午，区长主持召开')?.iso).toBe('XXXX-11-27');
    // Its 年 lost as well: the year first, then the one way the rest splits.
    expect(lostMonthDate('2017731日上午,区人大常委会召开第十九次主任会议。')?.iso).toBe('2017-07-31');
    expect(lostMonthDate('20171121日上午，区长主持召开')?.iso).toBe('2017-11-21');
    expect(lostMonthDate('111日上午，区长主持召开')).toBeNull();
    expect(lostMonthDate('共计423日，')).toBeNull();
  });
});

describe('a Republic-of-China year in numerals', () => {
  it('read by its 十 and 百, or digit by digit', () => {
    expect(findDates('中華民國九十一年八月十一日')[0]?.iso).toBe('2002-08-11');
    expect(findDates('民國一百十二年三月八日')[0]?.iso).toBe('2023-03-08');
    expect(findDates('中華民國一一二年三月八日（星期三）')[0]?.iso).toBe('2023-03-08');
    expect(findDates('民国一〇五年十月三日')[0]?.iso).toBe('2016-10-03');
  });
});

describe('an ordinal set off from its day', () => {
  it('reads "24 th August 2017" and "5 th day of March", not "24 the August"', () => {
    expect(findDates('held on Thursday 24 th August 2017 in the hall').map((d) => d.iso)).toEqual(['2017-08-24']);
    expect(findDates('this 5 th day of March, 2021').map((d) => d.iso)).toEqual(['2021-03-05']);
    expect(findDates('24thAugust 2017').map((d) => d.iso)).toEqual(['2017-08-24']);
    expect(findDates('item 24 the August report')).toEqual([]);
  });
});

describe('a Republic-of-China year in numerals of five characters', () => {
  it('reads 中華民國一百一十二年十月五日', () => {
    expect(findDates('中華民國一百一十二年十月五日（星期四）').map((d) => d.iso)).toEqual(['2023-10-05']);
  });
});

describe('the meeting’s date against the other dates on its page (issue 11)', () => {
  it('a bare 日期 over the page, a day after the meeting its opening sentence dates, is the publication’s', () => {
    const d = extractFromText('首页 > 主任会议\n区人大常委会召开第十九次主任会议\n日期: 2017-08-01\n2017年7月31日上午，区人大常委会召开第十九次主任会议。会议由主任王某主持，副主任李某、张某参加了会议。\n会议讨论了有关事项。\n');
    expect(d.meetingDate).toBe('2017-07-31');
    expect(d.fields.meetingDate?.confidence).toBeLessThan(0.9);
  });
  it('the year of a month-day opening comes from the page’s date stamp printed after it', () => {
    const d = extractFromText('区人大常委会召开第41次主任会议\n2020-03-24\n点击数: 次 来源: 区人大办公室\n3月20日下午，区人大常委会召开第41次主任会议。主任许某主持会议，副主任王某、张某等出席会议。\n会议讨论通过了年度监督工作计划。\n');
    expect(d.meetingDate).toBe('2020-03-20');
  });
  it('the day a meeting’s notice was sent is not the meeting’s date', () => {
    const d = extractFromText('某某股份有限公司第十届监事会第十二次会议记录\n公司于2025年12月5日以书面和电子邮件的方式向公司监事发出会议通知，会议于2025年12月9日以现场会议形式召开，应出席监事3名，实际出席监事3名，会议由监事会主席王某主持。\n一、审议通过《关于某某的议案》。\n');
    expect(d.meetingDate).toBe('2025-12-09');
  });
  it('a title from a search snippet dated otherwise yields to the heading’s “held on” date', () => {
    const d = extractFromText('MINUTES OF A MEETING OF FULL COUNCIL HELD ON TUESDAY … · Monday 2nd October 2017 due to the closure\nTown Council\nFull Council 20 September 2017 88/17 MINUTES OF A MEETING OF FULL COUNCIL HELD ON WEDNESDAY 20 th SEPTEMBER 2017 AT 7PM IN THE COUNCIL CHAMBER PRESENT: Cllr A Brown (Mayor) Cllr B Green\n1. Apologies were received from Cllr C White.\n2. It was resolved that the accounts be approved.\n');
    expect(d.meetingDate).toBe('2017-09-20');
  });
  it('an item naming the last meeting “held on” another date does not move the meeting’s', () => {
    const d = extractFromText('Meeting: Committee (2012-10-28)\nThe committee meeting of 28 October 2012 commenced at 22:14.\nAttendance: John (Chair), Craig, Graham\nMotion: That the Minutes of the Committee Meeting held on 22 September 2012 be accepted. Carried.\n');
    expect(d.meetingDate).toBe('2012-10-28');
  });
});

describe('the meeting’s date in a header run on or an opening told in passing (issue 11)', () => {
  it('a header run together in one line (date, time and place) gives the date, read as particulars or not', () => {
    const d = extractFromText('南区安老服务协调委员会\n2006 - 2008年度第一次会议记录\n日期: 二零零六年六月七日 (星期三) 时间: 上午十时 地点: 某某大厦22楼会议室\n出席者: 冯某 先生\n张某 女士 (主席)\n一、通过上次会议记录：上次会议记录获得通过。\n');
    expect(d.meetingDate).toBe('2006-06-07');
  });
  it('a page’s 发布日期 run on with its 来源 is no meeting date', () => {
    const d = extractFromText('某某委员会会议记录\n发布日期: 2021-06-28 来源: 办公室 地点: 本站\n出席者: 冯某 先生、张某 女士\n一、会议审议通过了年度计划。\n');
    expect(d.meetingDate).not.toBe('2021-06-28');
  });
  it('a date told in passing yields to the one that opens the sentence on the meeting held', () => {
    const d = extractFromText('总医院党委第一次会议\n青川县7月25日召开医共体建设启动会，成立了总医院党委。7月31日上午，总医院党委第一次会议在四楼会议室召开，党委书记王某主持会议。\n会议研究决定了班子分工。\n');
    expect(d.meetingDate).toBe('XXXX-07-31');
  });
});

describe('the meeting’s date on a note page’s bulleted header (issue 11)', () => {
  it('"- 时间：…" under a bullet is the meeting’s time label, not a date told in passing', () => {
    const d = extractFromText('# 某某教师会第16届第8次理监事会议记录\n- 一、时间：108年5月1日(星期三)中午12:10\n- 二、地点：本校会议室\n- 三、会议主席：郑某理事长 纪录：杨某\n- 四、出席人员：郑某、翁某\n- 期末会员大会预计于108年06月27日举行，决议：照案通过。\n');
    expect(d.meetingDate).toBe('2019-05-01');
  });
});

describe('a month name between dashes', () => {
  it('reads day-month-year and year-month-day', () => {
    expect(findDates('Meeting of 07-Sep-2022 at the hall').map((d) => d.iso)).toEqual(['2022-09-07']);
    expect(findDates('Printed 2022-Sep-07').map((d) => d.iso)).toEqual(['2022-09-07']);
  });
});

describe('a numeric date with a two-digit year', () => {
  it('is read day first with slashes, month first where the day cannot be the month, and not with dots', () => {
    expect(findDates('held on 14/5/98')[0]?.iso).toBe('1998-05-14');
    expect(findDates('on 4/23/06 at noon')[0]?.iso).toBe('2006-04-23');
    expect(findDates('see clause 1.2.10')).toHaveLength(0);
  });
});

describe('Chinese dates as pages print them', () => {
  it('reads full-width digits, 元月 and 廿 / 卅, each in its place', () => {
    expect(findDates('会议于２０１９年１１月８日召开')[0]).toMatchObject({ iso: '2019-11-08', index: 3 });
    expect(findDates('2018年元月9日上午')[0]?.iso).toBe('2018-01-09');
    expect(findDates('二〇一八年元月九日')[0]?.iso).toBe('2018-01-09');
    expect(findDates('二〇一七年四月廿三日')[0]?.iso).toBe('2017-04-23');
    expect(findDates('三月卅日下午')[0]?.iso).toBe('XXXX-03-30');
  });
});

describe('a day set off from its month by a comma', () => {
  it('"Friday 22, February 2013" is a date where its year is printed', () => {
    expect(findDates('Held on Friday 22, February 2013 at Hotel Africana')[0]?.iso).toBe('2013-02-22');
    expect(findDates('on the 3rd, March 2021')[0]?.iso).toBe('2021-03-03');
  });
  it('is no date after a number and its comma, or without a year', () => {
    expect(findDates('items 3, 4, May 2013').map((d) => d.iso)).not.toContain('2013-05-04');
    expect(findDates('see items 4, May and June')).toEqual([]);
  });
});
