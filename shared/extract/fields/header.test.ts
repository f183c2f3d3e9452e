import { describe, expect, it } from 'vitest';
import { extractFromText } from '../index';

describe('English titles', () => {
  it('a title that carries its full date does not take the next line', () => {
    const d = extractFromText('Minutes of WLUG AGM - 26 September 2005\nHeld at LitB\nPresent: A Smith (Chair), B Jones\n1. Accounts\nIt was agreed that the accounts be accepted.');
    expect(d.title).toBe('Minutes of WLUG AGM - 26 September 2005');
  });
  it('a minutes heading below a site note that opened the body is the title, as a reading; a bare "Minutes" is not', () => {
    const d = extractFromText('2019-09-14\nThis page was edited in 2025 to correct formatting errors, the original is in the history.\nAGM Minutes 2019-09-14\nPresent: A Smith (Chair), B Jones\n1. Accounts\nIt was agreed that the accounts be accepted.');
    expect(d.title).toBe('AGM Minutes 2019-09-14');
    expect(d.fields.title?.confidence).toBeLessThan(0.9);
    const bare = extractFromText('Committee Meeting - 2023-11-18\nThe table of contents on the left forms the agenda of this meeting.\nMinutes\nPresent: A Smith (Chair), B Jones\nIt was agreed that the accounts be accepted.');
    expect(bare.title).toBe('Committee Meeting - 2023-11-18');
  });
});

describe('English title and issuer from a run-together PDF text and a "meeting of" title', () => {
  it('the capitals heading that opens a long line is the title', () => {
    const pdf = `MINUTES OF THE 487th MEETING OF THE UNIVERSITY GRANTS COMMISSION HELD ON 18TH JULY, 2012 AT SHIMLA. As per the decision taken in the last Meeting held on 2nd June, 2012, the 487th Meeting of the Commission was held on 18th July, 2012, in which the following were present: Prof. A. Rao Chairman, Dr. B. Nair Member. The minutes of the last meeting were confirmed.`;
    expect(extractFromText(pdf).title).toBe('MINUTES OF THE 487th MEETING OF THE UNIVERSITY GRANTS COMMISSION HELD ON 18TH JULY, 2012 AT SHIMLA.');
  });
  it('"Minutes of a meeting of the X Local Board held …" names the body; "a Meeting of the Council" names none', () => {
    const named = extractFromText('Minutes of a meeting of the Maungakiekie-Tāmaki Local Board held in the Board Office on Tuesday, 26 September 2017 at 4:00pm.\nPresent: A Smith (Chair), B Jones\nIt was agreed that the accounts be accepted.');
    expect(named.issuer).toBe('Maungakiekie-Tāmaki Local Board');
    const generic = extractFromText('Minutes of a Meeting of the Council held at the Village Hall on Wednesday, 28 March 2007\nPresent: A Smith (Chair), B Jones\nIt was agreed that the accounts be accepted.');
    expect(generic.issuer).toBeNull();
  });
});

describe('English issuer lines', () => {
  const body = '\nPresent: A Smith (Chair), B Jones, C Brown\n1. Accounts\nIt was agreed that the accounts be accepted.';
  it('a body named in capitals, by its kind before its place, or with its town after it', () => {
    expect(extractFromText(`LOWFORD TOWN COUNCIL\nMinutes of the Meeting of the Council held on 5 May 2020${body}`).issuer).toBe('LOWFORD TOWN COUNCIL');
    expect(extractFromText(`Meeting Minutes\nTuesday 6 May 2020\nMUNICIPALITY OF EAST WESTON\nCouncil Chambers${body}`).issuer).toBe('MUNICIPALITY OF EAST WESTON');
    expect(extractFromText(`MINUTES OF THE ACADEMIC COUNCIL MEETING\n6 May 2020\nNorthfield Technological University, Ashby${body}`).issuer).toBe('Northfield Technological University, Ashby');
  });
  it('a body sharing its line with the meeting and the date; a meeting is no body', () => {
    expect(extractFromText(`1\n19 November, 2014 – Ordinary Meeting of Council – Minutes Shire of Eastby\nMINUTES${body}`).issuer).toBe('Shire of Eastby');
  });
  it('a title in capitals is not a body', () => {
    expect(extractFromText(`REGULAR MEETING MINUTES\n5 May 2020${body}`).issuer).toBeNull();
  });
});

describe('English titles in run-together and wrapped text', () => {
  const tail = ' The meeting opened at 2pm. Present: A Smith (Chair), B Jones, C Brown. It was agreed that the accounts be accepted. The minutes of the last meeting were approved and signed by the chair as a true record of the meeting.';
  it('the heading in capitals that opens a run-together line ends at the first word in ordinary case', () => {
    expect(extractFromText(`MINUTES OF THE FIFTH MEETING OF THE BOARD OF GOVERNORS HELD ON 06 JUNE 2019 AT THE HALL The fifth meeting of the board was held as planned in the hall of the school with the governors, the head teacher and the clerk to the governors all in attendance.${tail}`).title).toBe('MINUTES OF THE FIFTH MEETING OF THE BOARD OF GOVERNORS HELD ON 06 JUNE 2019 AT THE HALL');
    expect(extractFromText(`1 TOWN OF EASTBY COUNCIL MEETING MINUTES July 19, 2011 The council met in regular session in the council chambers with the mayor and all councillors and the clerk in attendance as usual.${tail}`).title).toBe('TOWN OF EASTBY COUNCIL MEETING MINUTES');
    expect(extractFromText(`CONFIRMED MINUTES – GENERAL MEETING, 17 MAY 2017 EASTBY SHIRE COUNCIL MINUTES OF THE GENERAL MEETING HELD AT EASTBY ON 17 MAY 2017 The mayor opened the meeting with a prayer and welcomed the councillors, the chief executive and the members of the public in the gallery.${tail}`).title).toBe('MINUTES OF THE GENERAL MEETING HELD AT EASTBY ON 17 MAY 2017');
  });
});

describe('titles and dates read from a page’s furniture', () => {
  it('a file’s name is a guess at the title; a menu number after a Chinese title is dropped', () => {
    const file = extractFromText('第十一次会议记录.doc\n大小:180KB\n一、时间：2009年9月3日\n二、出席：张代表一、李代表二、王代表三\n三、主席：张代表一\n四、讨论事项\n决议：照案通过。');
    expect(file.fields.title?.confidence).toBeLessThan(0.9);
    const menu = extractFromText('第21届第5次临时大会议事录 4\n一、时间：2019年12月19日\n二、出席：张代表一、李代表二、王代表三\n三、主席：张代表一\n四、讨论事项\n决议：照案通过。');
    expect(menu.title).toBe('第21届第5次临时大会议事录');
  });
  it('a labelled date that another labelled date further on contradicts is a guess', () => {
    const d = extractFromText('第十一次会议记录\n时间:2018-12-14\n页数:10页\n地区工程委员会第十一次会议记录\n日期︰2009年9月3日\n出席：张代表一、李代表二、王代表三\n主席：张代表一\n讨论事项\n决议：照案通过。');
    expect(d.fields.meetingDate?.confidence).toBeLessThan(0.9);
  });
});

describe('meeting dates printed away from a plain label', () => {
  const zhBody = '\n出席：张代表一、李代表二、王代表三\n主席：张代表一\n一、讨论事项\n决议：照案通过。';
  it('a Taiwan record\'s labelled time in the Republic-of-China calendar, less surely when read from digits', () => {
    const slash = extractFromText(`113年11月 第一次会议纪录\n时间： 113/11/12 19:00~20:45${zhBody}`);
    expect(slash.meetingDate).toBe('2024-11-12');
    expect(slash.fields.meetingDate?.confidence).toBeLessThan(0.9);
    expect(extractFromText(`第五届第七次委员会议纪录\n时间:97年12月6日(上午9:00~12:00)${zhBody}`).meetingDate).toBe('2008-12-06');
  });
  it('a time label run on from the record\'s title in a PDF\'s text; not a page\'s own 时间 line', () => {
    expect(extractFromText(`定稿东区区议会会议纪录日期:2003年6月9日(星期一)时间:下午2时正出席者主席张某某议员${zhBody}`).meetingDate).toBe('2003-06-09');
    expect(extractFromText(`时间: 2022-01-27 来源: 东区人民政府办公室\n2021年11月21日上午,区长在会议室主持召开常务会议,会议研究了以下事项:\n一、审议《办法》\n会议议定:原则同意。`).meetingDate).toBe('2021-11-21');
  });
  it('an opening sentence among the header lines, and one whose 月 was lost', () => {
    expect(extractFromText('12月31日，县长王某主持召开县政府第四十二次常务会议。\n会议学习了12月30日来调研的指示精神。\n会议审定了《实施意见》。').meetingDate).toBe('XXXX-12-31');
    expect(extractFromText('学校召开第9次校长办公会\n423日,校长张某在办公楼会议室主持召开2023年第9次校长办公会。\n会议审定通过了战略合作协议。').meetingDate).toBe('2023-04-23');
  });
  const enBody = '\nPresent: A Smith (Chair), B Jones, C Brown\n1. Accounts\nResolved that the accounts be accepted as of 20 February, 2012.';
  it('an English header line that is only the date wins over a date in the body', () => {
    expect(extractFromText(`Board of Trustees Minutes\nTuesday 6th March 2012  5.30pm${enBody}`).meetingDate).toBe('2012-03-06');
  });
  it('an English meeting called to order on its date, when no date heads the record', () => {
    const d = extractFromText('Council Meeting Minutes\nDate:\n-\nMembers Present:\n• Mayor N. Smith\n• Councillor S. Jones\n1.\nMoved by: Councillor S. Jones\nTHAT the Regular Council Meeting held on May 27, 2024 be called to order at 6:04 p.m.\nMotion Carried');
    expect(d.meetingDate).toBe('2024-05-27');
  });
});

describe('the chair under a numbered 会议主席 label', () => {
  it('"三、会议主席:郑某隆理事长 纪录:杨某安" names the presider', () => {
    const d = extractFromText('教师会第16届第8次理事会会议纪录\n一、时间:2020年3月5日\n二、地点:教师会办公室\n三、会议主席:郑某隆理事长 纪录:杨某安\n四、出席人员:甲乙丙、丁戊己\n五、讨论事项\n决议：照案通过。');
    expect(d.presider).toBe('郑某隆');
  });
});

describe('titles printed over their own furniture', () => {
  const enBody = '\nPresent: A Smith (Chair), B Jones, C Brown\n1. Accounts\nIt was agreed that the accounts be accepted.';
  it('a line of its own opening with "Held" prints where and when, not more of the title; a wrapped title goes on', () => {
    expect(extractFromText(`EASTBY TOWN COUNCIL\nMinutes of the Meeting of the Full Eastby Town Council\nHeld at 7pm on Monday 5th September 2005\nAt the Forest School, Bury Road${enBody}`).title).toBe('Minutes of the Meeting of the Full Eastby Town Council');
    expect(extractFromText(`MINUTES OF THE\nORDINARY MEETING OF COUNCIL\nHELD IN THE COUNCIL CHAMBER,\nON WEDNESDAY, MARCH 5, 2008${enBody}`).title).toBe('MINUTES OF THE ORDINARY MEETING OF COUNCIL');
    expect(extractFromText(`Minutes of a Meeting of the Council\nheld at the Village Hall on Wednesday, 28 March 2007${enBody}`).title).toBe('Minutes of a Meeting of the Council held at the Village Hall on Wednesday, 28 March 2007');
  });
  it('a heading naming the meeting over its date line, below a letterhead; no sentence broken off mid-way', () => {
    const letterhead = 'Regional Transit District\nBoard of Directors\nChair – Ann Lee, District H\nSecretary – Bo Park, District E\nTreasurer – Cy Diaz, District I\n';
    expect(extractFromText(`${letterhead}BOARD OF DIRECTORS MEETING\nFebruary 27, 2018 at 5:30 PM\nI.\nCall to Order\nChair Lee called the meeting to order at 5:31 p.m.\nIt was moved and seconded to approve the agenda. Motion carried.`).title).toBe('BOARD OF DIRECTORS MEETING');
    expect(extractFromText('The Regular Meeting of the Board of Education held at the\nschool on Monday evening, the members all present.\nIt was moved and seconded to approve the bills. Carried.').title).toBeNull();
  });
  it('a Chinese title run on into its date in a PDF\'s text, a page number before it; a site word before a title printed again', () => {
    expect(extractFromText('1东方大学99学年度第2学期第4次行政会议纪录中华民国100年5月18日0\n出席：甲乙丙、丁戊己\n主席：王某明\n一、讨论事项\n决议：照案通过。').title).toBe('东方大学99学年度第2学期第4次行政会议纪录');
    expect(extractFromText('首页\n文章 第五届第七次委员会议纪录\n第五届第七次委员会议纪录\n时间:2008年12月6日\n出席：甲乙丙、丁戊己\n主席：王某明\n一、讨论事项\n决议：照案通过。').title).toBe('第五届第七次委员会议纪录');
  });
});

describe('issuers and numbers printed among a page\'s other words', () => {
  const enBody = '\nPresent: A Smith (Chair), B Jones, C Brown\n1. Accounts\nIt was agreed that the accounts be accepted.';
  it('a body in capitals run together with the heading or the address; not one inside the heading after "MINUTES OF"', () => {
    expect(extractFromText(`CONFIRMED MINUTES – GENERAL MEETING, 17 MAY 2017 EASTBY SHIRE COUNCIL MINUTES OF THE GENERAL MEETING HELD AT EASTBY ON WEDNESDAY 17 MAY 2017${enBody}`).issuer).toBe('EASTBY SHIRE COUNCIL');
    expect(extractFromText(`CONFIDENTIAL\nNORTHERN GRANTS COMMISSION BAHADUR MARG NEW TOWN-110 002\nThe 12th meeting was held on 18 July 2012.${enBody}`).issuer).toBe('NORTHERN GRANTS COMMISSION');
    expect(extractFromText(`MINUTES OF THE EXECUTIVE COMMITTEE MEETING HELD ON 28 MARCH 2019 AT THE AUDITORIUM, EASTBY NATIONAL SECRETARIAT, ABUJA.${enBody}`).issuer).toBeNull();
    expect(extractFromText(`MINUTES OF PROCEEDINGS AT SPECIAL MEETING OF\nEASTBY CITY AND COUNTY COUNCIL HELD IN THE\nCOMMUNITY CENTRE ON FRIDAY, 29TH AUGUST, 2014${enBody}`).issuer).toBeNull();
  });
  it('a body in ordinary case heading its title; a kind of meeting named like a body is none', () => {
    expect(extractFromText(`ECC Minutes February 2021 Eastby Community Council Minutes of the meeting: Monday 8th February 2021${enBody}`).issuer).toBe('Eastby Community Council');
    expect(extractFromText(`Parent Council Minutes of Meeting 31/08/2015${enBody}`).issuer).toBeNull();
    expect(extractFromText(`MINUTES SPECIAL COUNCIL - EASTBY BAY MUNICIPALITY 28 JANUARY 2021 AT${enBody}`).issuer).toBe('EASTBY BAY MUNICIPALITY');
  });
  it('a letterhead\'s telephone number does not end the header', () => {
    expect(extractFromText(`519-887-6137\nMeeting Minutes\nMUNICIPALITY OF EAST WESTON\nCOUNCIL CHAMBERS\nTuesday December 6th 2011${enBody}`).issuer).toBe('MUNICIPALITY OF EAST WESTON');
  });
  const zhBody = '\n2025年11月27日,区长王某主持召开区政府第44次常务会议。\n会议审议通过了《办法》。\n会议还研究了其他事项。';
  it('a Chinese issuer field among others on one metadata line; a site\'s greeting is none', () => {
    expect(extractFromText(`发文日期 2022-04-08 成文日期 2022-03-19 发布机构 区政府办公室\n区政府召开第3次常务会议${zhBody}`).issuer).toBe('区政府办公室');
    expect(extractFromText(`欢迎访问东山市西山县人民政府\n县政府第29次常务会议纪要${zhBody}`).issuer).toBeNull();
    expect(extractFromText(`第21次\n东山县人民政府办公室 2016-4-13${zhBody}`).issuer).toBe('东山县人民政府办公室');
  });
  it('numbers of a series, of a Hong Kong paper, of an English reference, of a meeting in its title', () => {
    expect(extractFromText(`第21次\n东山县人民政府办公室 2016-4-13${zhBody}`).docNumber).toBe('第21次');
    expect(extractFromText(`立法会\n立法会CB(2)1699/98-99号文件\n《区议会条例草案》委员会\n会议纪要\n日期:1999年1月26日\n出席委员:张某某议员、李某某议员\n主席:张某某议员\n一、通过议程\n委员会通过议程。`).docNumber).toBe('立法会CB(2)1699/98-99号文件');
    expect(extractFromText(`MINUTES OF THE ACADEMIC COUNCIL MEETING NO.\n19/05/2018\nAC/10/2018${enBody}`).docNumber).toBe('AC/10/2018');
    expect(extractFromText(`Eastby Framework TC Meeting #6 Apr 26, 2017${enBody}`).docNumber).toBe('#6');
  });
});

describe('titles as pages and PDFs print them', () => {
  const enBody = '\nPresent: A Smith (Chair), B Jones, C Brown\n1. Accounts\nIt was agreed that the accounts be accepted.';
  it('an English title in a column beside its date is the column, as a reading', () => {
    const d = extractFromText(`Ordinary Council Meeting Minutes                 23 July 2020${enBody}`);
    expect(d.title).toBe('Ordinary Council Meeting Minutes');
    expect(d.fields.title?.confidence).toBeLessThan(0.9);
  });
  it('the number of the first item run on after a heading is no part of it; a meeting\'s own number is', () => {
    expect(extractFromText(`MINUTES OF THE FIRST ORDINARY COUNCIL MEETING HELD ON THE 29 AUGUST 2007 AT 17H00 1.${enBody}`).title).toBe('MINUTES OF THE FIRST ORDINARY COUNCIL MEETING HELD ON THE 29 AUGUST 2007 AT 17H00');
    expect(extractFromText(`Minutes of the Eastby Steering Committee Meeting No. 1${enBody}`).title).toBe('Minutes of the Eastby Steering Committee Meeting No. 1');
  });
  it('a line telling what the page holds gives way to the record\'s own heading under it', () => {
    const d = extractFromText(`Committee minutes from the Residents' Association\nMeeting of the Eastby Residents' Association Committee\nHeld in the Village Hall${enBody}`);
    expect(d.title).toBe("Meeting of the Eastby Residents' Association Committee");
    expect(d.fields.title?.confidence).toBeLessThan(0.9);
  });
  const zhBody = '\n時間：中華民國108年3月8日（星期五）上午9時30分\n主席：王大明（議長）\n出席：李一明、張二華\n壹、討論事項\n案由：本會預算案。\n決議：照案通過。';
  it('a body\'s name over a title that opens with its term is part of the title, not an issuer printed apart', () => {
    const council = extractFromText(`東山縣議會\n第19屆第3次定期會第5次會議紀錄${zhBody}`);
    expect(council.title).toBe('東山縣議會第19屆第3次定期會第5次會議紀錄');
    expect(council.issuer).toBeNull();
    expect(council.meetingDate).toBe('2019-03-08');
    expect(extractFromText(`東山市立西山國民中學\n108學年度第1學期第2次校務會議紀錄${zhBody}`).title).toBe('東山市立西山國民中學108學年度第1學期第2次校務會議紀錄');
    // A site's banner over a title that names its meeting alone stays apart.
    expect(extractFromText(`東山女中家長會\nWelcome To Eastby High School\n99學年度第三次會員代表大會會議紀錄${zhBody}`).title).toBe('99學年度第三次會員代表大會會議紀錄');
  });
});

describe('an English issuer named only by the title, the opening sentence or a closing line', () => {
  const enBody = '\nPresent: A Smith (Chair), B Jones, C Brown\n1. Accounts\nIt was agreed that the accounts be accepted.';
  it('a body set off by a dash in the title; a meeting\'s own name or a date is none', () => {
    expect(extractFromText(`Directors' Meeting - Eastby Cubing Canada${enBody}`).issuer).toBe('Eastby Cubing Canada');
    expect(extractFromText(`Meeting minutes - Road Safety Local Partnership Forum – West - 22 November 2021${enBody}`).issuer).toBeNull();
    expect(extractFromText(`Board of Trustee Minutes - March 19, 2007${enBody}`).issuer).toBeNull();
  });
  it('a body of a place and a body with its town, in a "meeting of" phrase', () => {
    expect(extractFromText(`Board of Trustee Minutes - March 19, 2007\nRegular Meeting of the Board of Trustees of the Village of East-on-Weston, NY was held on Monday, March 19, 2007 at the Municipal Building.${enBody}`).issuer).toBe('Village of East-on-Weston');
    expect(extractFromText(`Meeting of the Academic Council of Eastby University Lahore${enBody}`).issuer).toBe('Academic Council of Eastby University Lahore');
  });
  it('a closing line that is only the body\'s name', () => {
    expect(extractFromText(`Minutes of the Meeting held on 5 May 2020${enBody}\nSigned: J Smith, Clerk\nEastby Parish Council`).issuer).toBe('Eastby Parish Council');
  });
});

describe('a Hong Kong paper\'s header', () => {
  it('the number over the committee\'s name is no part of its title', () => {
    const d = extractFromText('立法会\n立法会CB(1)123/20-21号文件\n东区事务委员会\n会议纪要\n日期：2021年1月4日（星期一）\n出席委员：陈某某议员 (主席)\n一、通过议程\n委员通过议程。');
    expect(d.title).toBe('东区事务委员会会议纪要');
    expect(d.docNumber).toBe('立法会CB(1)123/20-21号文件');
  });
});

describe('a Chinese record titled by its numbered meeting, its date in the cell after its label', () => {
  it('the meeting\'s name as a reading, the date from the next line', () => {
    const d = extractFromText('跳到主要内容区块\n东山市政府第2122次市政会议\n开会日期\n2020-12-22 09:00:00\n开会地点\n市政大楼\n主席\n王大明\n一、报告事项\n决定：准予备查。\n二、讨论事项\n决议：照案通过。');
    expect(d.title).toBe('东山市政府第2122次市政会议');
    expect(d.fields.title?.confidence).toBeLessThan(0.9);
    expect(d.meetingDate).toBe('2020-12-22');
    expect(extractFromText('索引号 113302/2022-112754\n区政府召开第3次常务会议 王某主持\n2022年3月18日,王某区长主持召开区政府第3次常务会议,现将会议讨论研究的有关事项纪要如下。\n一、会议审议通过了《方案》。').title).toBe('区政府召开第3次常务会议 王某主持');
  });
});

describe('a heading in capitals over the sentence that opens the record', () => {
  it('is the title, as a reading', () => {
    const d = extractFromText('Eastby Local Board\nOPEN MINUTES\nMinutes of a meeting of the Eastby Local Board held in the Local Board Office\n7-13 High Road, Eastby on Tuesday, 26 September 2017 at 4:00pm.\nPresent: A Smith (Chair), B Jones\n1. Welcome\nIt was agreed that the accounts be accepted.');
    expect(d.title).toBe('OPEN MINUTES');
    expect(d.fields.title?.confidence).toBeLessThan(0.9);
  });
});

describe('headers a document site or a PDF left behind', () => {
  it("a site's listing line, cut short with its upload date, is neither the title nor the date", () => {
    const d = extractFromText(
      'eastvale works committee minutes of … 12th... · 2019-10-02 · 3 june...\n1 Minutes of the Works Committee Meeting Held on Tuesday 12 th March 2019 in the Board Room. Recorded By A. Clerk, Secretary. Members Present: A. Rowe (Chair), B. Stone, C. Hale. 1. The committee agreed to repair the road.',
    );
    expect(d.title).toBe('Minutes of the Works Committee Meeting Held on Tuesday 12 th March 2019 in the Board Room');
    expect(d.meetingDate).toBe('2019-03-12');
    expect(d.fields.title?.confidence).toBeLessThan(0.9);
  });
  it('a run-together heading ends at its date where no full stop ends it', () => {
    const d = extractFromText(
      'Proceedings of the 12th meeting of the Eastvale Grants Board Held in Eastvale on the 4th June, 1971 CONFIDENTIAL Eastvale Grants Board Eastvale. The following were present: 1. Dr. A. Rowe Chairman 2. Shri B. Stone 3. Dr. C. Hale. The Board agreed to release the grants for the year and resolved that the accounts be adopted as presented to it.',
    );
    expect(d.title).toBe('Proceedings of the 12th meeting of the Eastvale Grants Board Held in Eastvale on the 4th June, 1971');
  });
});

describe('a Chinese date without its year', () => {
  it("takes the year the record's own header prints, as a guess", () => {
    const d = extractFromText('县林业局党组会议纪要\n2022年第8次\n9月15日，县林业局局长刘洋主持召开局党组会议。\n会议研究了以下事项：\n一、会议同意调整局机关内设股室分工。');
    expect(d.meetingDate).toBe('2022-09-15');
    expect(d.fields.meetingDate?.confidence).toBeLessThan(0.9);
  });
});

describe('an English body named in capitals run together with the heading', () => {
  const rest = ' HELD ON THE 29 AUGUST 2007 AT 10:00 IN THE COUNCIL CHAMBER PRESENT: Cllr A Smith (Chair), Cllr B Jones. 1. OPENING The Speaker opened the meeting. It was resolved that the agenda be adopted.';
  it('takes the whole name past its first body word', () => {
    expect(extractFromText(`RIVERDALE DISTRICT MUNICIPALITY MINUTES OF THE FIRST ORDINARY COUNCIL MEETING${rest}`).issuer).toBe('RIVERDALE DISTRICT MUNICIPALITY');
    expect(extractFromText(`RIVERDALE DISTRICT LOCAL GOVERNMENT MINUTES OF THE FIRST ORDINARY COUNCIL MEETING${rest}`).issuer).toBe('RIVERDALE DISTRICT LOCAL GOVERNMENT');
  });
  it('keeps a saint\'s abbreviation and leaves out a dash run into the name', () => {
    expect(extractFromText(`ST. ANNE MUNICIPAL CORPORATION MINUTES OF THE GENERAL MEETING${rest}`).issuer).toBe('ST. ANNE MUNICIPAL CORPORATION');
  });
  it('"MINUTES OF X Council" names X', () => {
    const d = extractFromText('Extraordinary Council Meeting Minutes - Confirmed\nMINUTES OF Riverdale District Council\nExtraordinary Council Meeting\nHeld on Tuesday 17 March 2020 at 10:00am\nPresent: Mayor A Smith, Cr B Jones\nIt was resolved that the plan be adopted.');
    expect(d.issuer).toBe('Riverdale District Council');
  });
});

describe('English titles on file-sharing and records pages', () => {
  const body = '\nPresent: Mayor A Smith, Councillor B Jones\n1. Budget\nIt was resolved that the budget be adopted.';
  it("a records portal's file name run into the text is cut where the text runs on", () => {
    const d = extractFromText(`03 11 2016 Council Meeting MinutesTownship of Riverside Wednesday, March 11, 2016 The Township of Riverside Council Meeting Minutes Council Chambers${body}`);
    expect(d.title).toBe('03 11 2016 Council Meeting Minutes');
    expect(d.fields.title?.confidence).toBeLessThan(0.9);
  });
  it("a search result cut short or a share button's caption is no title", () => {
    const d = extractFromText(`MINUTES OF THE MEETING OF GENERAL ... - Amazon Web Services€¦ · Councillors were attending...\nMINUTES OF THE GENERAL MEETING OF RIVERSIDE COUNCIL${body}`);
    expect(d.title).toBe('MINUTES OF THE GENERAL MEETING OF RIVERSIDE COUNCIL');
    const shared = extractFromText(`Share "minutes of the special council meeting"\nMINUTES OF THE SPECIAL COUNCIL MEETING OF RIVERSIDE${body}`);
    expect(shared.title).toBe('MINUTES OF THE SPECIAL COUNCIL MEETING OF RIVERSIDE');
  });
  it('a heading over a long sentence recording the meeting is the title', () => {
    const d = extractFromText(`Record of the meeting after registration\nRecord of Meeting that took place on Friday 17 April 2009 at 10.00 AM at the Office Building to discuss the course of action after the registration${body}`);
    expect(d.title).toBe('Record of the meeting after registration');
  });
});

describe("a note page's front matter", () => {
  it('"title: …" gives the title without its key', () => {
    const d = extractFromText('---\ntitle: 112学年度 第03次 会议纪录\ntags: 会议纪录\n---\n# 第03次 会议纪录\n- 时间: 2023年3月1日\n- 出席: 王大明、李小华\n决议：同意。');
    expect(d.title).toBe('112学年度 第03次 会议纪录');
    expect(d.fields.title?.confidence).toBeLessThan(0.9);
  });
  it('its tags are no heading, whatever words they carry: the heading under them is', () => {
    const d = extractFromText('title: 20240815-社課規劃會議(定案)\ndescription:\nimage:\ntags:\n- 會議記錄\n# 20240815-社課規劃會議(定案)\n## 會議資訊\n日期: 2024/08/15\n出席人員:\n- 游凱崴\n- 蔡詠竣\n## 會議總結\n- 期初茶會要寫企劃書\n決議：照案通過。');
    expect(d.title).toBe('20240815-社課規劃會議(定案)');
  });
  it('a quoted title is given without its quotes, and a subheadline or teaser key is never the title', () => {
    const d = extractFromText('---\nlayout: page\ntitle:  "114年6月 第一次會議紀錄"\nsubheadline:  "會議紀錄"\nteaser: "地點：社區管理中心辦公室"\n---\n**時間**: 114/6/10 19:30~21:30<br>\n**主席**: 郭子仁<br>\n**出席委員**: 主委郭子仁、財委張麗君<br>\n## 貳、議題討論:\n決議：照案通過。');
    expect(d.title).toBe('114年6月 第一次會議紀錄');
  });
});

describe('the issuer under a site\'s metadata strip', () => {
  it('takes no bare office from "来源：办公室"; the body named in the header stands', () => {
    const text = '发布时间：2023-06-12 10:30 来源：办公室 浏览次数：1234\n清河县人民政府办公室\n县长办公会议纪要\n2023年6月10日，县长王某某主持召开县长办公会议。\n会议决定：\n一、同意拨付防汛资金50万元。\n';
    const d = extractFromText(text);
    expect(d.issuer).toBe('清河县人民政府办公室');
    const named = extractFromText(text.replace('来源：办公室', '来源：清河县人民政府办公室'));
    expect(named.issuer).toBe('清河县人民政府办公室');
  });
});

describe('a site’s furniture above the record does not push the header out of reach', () => {
  const menu = ['Skip to main content', 'Home', 'About Us', 'Council and Democracy', 'Home > Council > Minutes', 'Posted on 2 April 2024 by webmaster', 'Print this page'].join('\n');
  const body = '\nPresent: A Smith (Chair), B Jones, C Brown\n1. Accounts\nIt was agreed that the accounts be accepted.';
  it('a heading below a long menu is still the title', () => {
    const bare = extractFromText(`Westfield Allotment Society Committee Meeting\n12 March 2024${body}`);
    const wrapped = extractFromText(`${menu}\nWestfield Allotment Society Committee Meeting\n12 March 2024${body}`);
    expect(wrapped.title).toBe(bare.title);
    expect(wrapped.title).toBe('Westfield Allotment Society Committee Meeting');
  });
  it('a word of a menu left as text above the heading does not hide it; a label below it is no heading', () => {
    expect(extractFromText(`Resources\nParks Steering Group Meeting\n12 March 2024${body}`).title).toBe('Parks Steering Group Meeting');
    expect(extractFromText(`12 March 2024\nCommittee Members:${body}`).title).not.toBe('Committee Members:');
  });
});

describe('a Chinese title or opening cut by a narrow column’s wrapping', () => {
  const body = '\n出席：甲乙丙、丁戊己\n主席：王某明\n一、讨论事项\n决议：照案通过。';
  it('a title wrapped after its term or through its mark is joined', () => {
    expect(extractFromText(`南山县立第一高级中学2019学年度第\n3次行政会议纪录${body}`).title).toBe('南山县立第一高级中学2019学年度第3次行政会议纪录');
    expect(extractFromText(`南山县校友会第8届第2次理监事暨顾问联席会\n议纪录${body}`).title).toBe('南山县校友会第8届第2次理监事暨顾问联席会议纪录');
  });
  it('a short line after the opening sentence is more of the sentence, not a heading', () => {
    const d = extractFromText('5月6日上午，副县长李某某主持召开专题会议，\n研究城区道路改造工作，县住建局\n会议听取了县住建局的工作汇报\n一、会议同意由县住建局牵头做好工程组织实施。\n二、会议决定成立工作专班。');
    expect(d.title).toBeNull();
  });
});

describe('a note page saved as text, its markup left in', () => {
  it('the heading’s "#", a bullet or bold markers are no part of the title', () => {
    const body = '\n- Present: A Smith (Chair), B Jones, C Brown\n- It was agreed that the accounts be accepted.';
    expect(extractFromText(`# Garden Club Committee Meeting - 4 May 2022${body}`).title).toBe('Garden Club Committee Meeting - 4 May 2022');
    expect(extractFromText(`## **Minutes of the Garden Club AGM**${body}`).title).toBe('Minutes of the Garden Club AGM');
    expect(extractFromText(`# 园艺协会第3次理事会会议纪要\n- 时间：2022年5月4日\n- 出席：甲乙丙、丁戊己\n- 一、会议同意由秘书处负责筹备年会。`).title).toBe('园艺协会第3次理事会会议纪要');
  });
});

describe('a Hong Kong estate record under a note page heading', () => {
  const page = [
    '# Meeting Minutes: 2022-03-07',
    '## 翠林苑業主立案法團',
    '第九屆管理委員會',
    '第三次全體委員會議記錄',
    '（本記錄將於會所壁報板張貼供業戶參閱）',
    '日期：二零二二年三月七日（星期一）',
    '地點：會所會議室',
    '出席委員：張主席、李司庫',
    '一、通過上次會議記錄。',
  ].join('\n');
  it('takes the Chinese heading, not the site\'s English one nor the bracketed note, and the owners\' corporation as issuer', () => {
    const d = extractFromText(page);
    expect(d.title).toBe('第九屆管理委員會第三次全體委員會議記錄');
    expect(d.issuer).toBe('翠林苑業主立案法團');
  });
  it('reads no issuer from the title\'s own words ("XX工作组 2023-Q4 会议纪要")', () => {
    const d = extractFromText('# 某某社区文档工作组 2023-Q4 会议纪要\n- 会议时间：2023/12/20 19:00\n- 参会人：甲、乙、丙\n## 会议内容\n一、确定下季度翻译计划。');
    expect(d.issuer).toBeNull();
  });
});

describe('English headers wrapped, run on, or naming the body in the opening sentence', () => {
  it('a "meeting of" title broken inside the name goes on to its "held on" line, its two-digit year read', () => {
    const d = extractFromText('Minutes of meeting of the Regional Water\nQuality Working Party held on 14/5/98\n\n1. Apologies\nNone were received.\n2. Budget\nIt was agreed that the budget be approved.');
    expect(d.title).toBe('Minutes of meeting of the Regional Water Quality Working Party held on 14/5/98');
    expect(d.meetingDate).toBe('1998-05-14');
  });
  it('a heading with the portal\'s address bar before it and the first item after it is the heading alone', () => {
    const d = extractFromText(
      'HomeMy WebLinkAbout3/9/04 . . . Parks Board Minutes Regular Meeting March 9, 2004 1. Call to Order Chair Lee called the meeting to order at 6:00 p.m. Members Present: Lee, Park, Ortiz Members Absent: None 2. Approval of Minutes MOTION by Park, second by Ortiz to approve the February minutes. MOTION CARRIED. 3. Trail Plan MOTION by Lee, second by Park to adopt the trail plan. MOTION CARRIED.',
    );
    expect(d.title).toBe('Parks Board Minutes Regular Meeting March 9, 2004');
  });
  it('"The X Board of Commissioners, in and for …, convened …" names the body', () => {
    const d = extractFromText('MINUTES OF A REGULAR MEETING HELD MARCH 3, 2004.\n\nThe Eastby County Board of County Commissioners, in and for Eastby County, convened in a regular meeting on Monday, March 3, 2004 at 5:00 p.m. with the following members present:\nCommissioner A. Smith, Chair\nCommissioner B. Jones\n');
    expect(d.issuer).toBe('Eastby County Board of County Commissioners');
  });
});

describe('a meeting date printed without its year in the heading', () => {
  it('takes the year of the same day printed in full in the opening sentence', () => {
    const d = extractFromText('9月14日召开家长委员会会议，商议秋季活动安排\n2019年9月14日，我校召开了本学期第一次家长委员会会议。会议由校长主持，会议决定于10月举办秋季运动会。');
    expect(d.meetingDate).toBe('2019-09-14');
  });
});

describe('a government letterhead and an issue number', () => {
  it('"XX局文件" names the bureau; "第III-105期" and "第１２期" are the issue\'s number', () => {
    const d = extractFromText('某某市水务局文件\n某水发〔2021〕8号\n关于印发局务会议纪要的通知\n各科室：\n现将会议纪要印发给你们。\n局务会议纪要\n2021年5月6日，局长王某主持召开局务会议。\n一、会议同意开展汛前检查。');
    expect(d.issuer).toBe('某某市水务局');
    expect(extractFromText('局务会议纪要\n第II-36期\n4月1日，局长主持召开局务会议。\n一、会议同意购置设备。').docNumber).toBe('第II-36期');
    expect(extractFromText('局务会议纪要\n第１２期\n4月1日，局长主持召开局务会议。\n一、会议同意购置设备。').docNumber).toBe('第１２期');
  });
});
