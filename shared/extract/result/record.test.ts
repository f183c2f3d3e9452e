import { describe, expect, it } from 'vitest';
import { extractFromText } from '../index';
import { minutesAfterAgenda } from './record';
import { segment } from '../segment/segment';
import { linesFromText, splitRunOn } from '../linearize/lines';

// Synthetic lines in the forms test/pages/LABELS.md describes: a body's own record of a meeting
// with no 纪要 title is minutes; the same meeting told by a reporter or an outlet is news.
const record = '9月23日下午，王某某主持召开第12次校长办公会。张一、李二、赵三参加会议。\n1.会议审议通过了《实验室安全管理办法》。\n2.会议研究了招生工作有关事项。\n';

describe('a meeting’s own record without a minutes title', () => {
  it('is minutes, read at a confidence the clerk is asked to check', () => {
    const d = extractFromText(record);
    expect(d.isMinutes).toBe(true);
    expect(d.fields?.isMinutes?.confidence).toBeLessThan(0.9);
  });
  it('is minutes when the acts follow the opening in one sentence', () => {
    const d = extractFromText('4月2日下午，区长某某主持召开区政府第8次常务会议，传达学习上级会议精神，听取一季度经济运行情况汇报，审议《某某工作方案》并研究部署有关工作。\n');
    expect(d.isMinutes).toBe(true);
  });
  it('is minutes in Traditional script (read folded)', () => {
    const d = extractFromText('3月5日下午，陳某某主持召開第4次行政會議。\n一、會議審議通過了《校園安全規則》。\n二、會議研究了招生工作。\n', { fold: (s) => s.replace(/召開/g, '召开').replace(/會議/g, '会议').replace(/審議通過/g, '审议通过').replace(/行政會議/g, '行政会议') });
    expect(d.isMinutes).toBe(true);
  });
  it('an English record whose title is lost: the meeting attended, outcomes in the record’s voice', () => {
    const d = extractFromText('Date : 2 May 2021\nVenue : Community Hall\nThe Riverton Society Annual General Meeting was attended by 30 members.\nThe Treasurer presented the accounts.\nThe accounts were reviewed and approved.\nThe committee was elected unopposed.\n');
    expect(d.isMinutes).toBe(true);
  });
  it('a council’s minutes heading printed away from the top, over a roll call', () => {
    const d = extractFromText('Mayor A. Smith\nCouncil Members:\nB. Jones C. Brown\nRoll Call of Council Members:\nAttending: Council Member Jones, Council Member Brown and Mayor Smith.\nCouncil Member Green asked to be excused.\nPresentations: a class from the middle school.\nCity Council Minutes\nMarch 06, 2019\n');
    expect(d.isMinutes).toBe(true);
  });
});

describe('a news story about a meeting', () => {
  it.each([
    ['a reporter at the head', `【融媒体记者 张某】${record}`],
    ['an outlet’s dateline', `本报讯 ${record}`],
    ['a news tag', `【时政新闻】\n${record}`],
    ['a news outlet as the source', `来源：某某新闻网\n${record}`],
    ['a publicity account as the source', `来源:阜城宣传 | 作者:ance | 发布时间: 2021-01-06\n${record}`],
    ['an editor’s and a reviewer’s line', `${record}（编辑：张某 审核：李某）\n`],
    ['an editor’s line spaced out', `${record}编 辑: 余某\n`],
    ['credit lines of a label and a name alone', `${record}图文 尹某某\n编 辑 杨某某\n`],
    ['credits set off by a bar, a two-character name padded', `${record}| 记 者:刘 畅\n| 责 编:王 琦\n| 校 对:高红梅\n`],
    ['a byline closing the story', `${record.trimEnd()}（李某、刘某 报道）\n`],
    ['a meeting dated from the day of printing', '某某街坊会昨举行第三十六次会员大会，理事长某某主持。\n会议审议通过了工作报告。\n'],
    ['a meeting held "this afternoon", as a paper dates it', '支联会今午召开特别会员大会，以41票赞成，4票反对，通过解散。\n大会由公司秘书蔡耀昌主持。\n'],
  ])('%s makes it news', (_, text) => {
    const d = extractFromText(text);
    expect(d.isMinutes).toBe(false);
    expect(d.reason).toMatch(/news/);
  });
  it('a leader’s speech narrated with nothing decided is news', () => {
    const d = extractFromText('8月15日，区长某某主持召开房地产工作推进会。会议听取了区住建局的情况汇报。\n某某强调，要提高政治站位，切实做好民生稳定工作。\n某某要求，要强化工作措施，形成工作合力。\n');
    expect(d.isMinutes).toBe(false);
  });
  it('the meeting’s own view (会议强调) is no leader’s speech', () => {
    const d = extractFromText('6月2日上午，县长某某主持召开县长办公会，张一、李二参加会议。\n会议传达学习了上级会议精神，会议强调，要认真学习，深刻领会。\n会议还研究了《某某合作框架协议》等事项。\n');
    expect(d.isMinutes).toBe(true);
  });
  it('English: a staff reporter or a newspaper as the source', () => {
    const body = 'The Riverton Council met on Monday.\nCr Smith moved that the tender be accepted.\nThe motion was carried.\n';
    expect(extractFromText(`By Jane Doe, Staff Reporter\n${body}`).isMinutes).toBe(false);
    expect(extractFromText(`${body}Source publication: The Riverton Gazette, 1924\n`).isMinutes).toBe(false);
  });
  it('English: a reporter named among those present attended the meeting; the record stays minutes', () => {
    const d = extractFromText(
      'MINUTE BOOK BOARD OF COUNTY COMMISSIONERS WASHINGTON COUNTY, PENNSYLVANIA Washington, PA, July 17, 2003 The Washington County Board of Commissioners met in regular session in the Public Meeting Room, with the following members being present: Commissioners John P. Bevec, Diana L. Irey and J. Bracken Burns, Sr. Also being present: Cathi Kresh, Administrator; Reverend Dr. David Mansfield, Fairhill Manor Christian Church; Stacey Wolford, Valley Independent; and Linda Metz, Observer -Reporter. Chairman Bevec called the meeting to order at approximately 10:05 a.m. Moved by Mr. Burns, seconded by Mrs. Irey, that Minute No. 723 be approved as written. Roll call vote taken: Mr. Burns - Yes; Mrs. Irey - Yes; Mr. Bevec - Yes. Motion carried unanimously.',
    );
    expect(d.isMinutes).toBe(true);
    expect(extractFromText('By Linda Metz, Observer-Reporter\nThe Washington County Board of Commissioners met on Thursday.\nMr. Burns moved that the minutes be approved.\nThe motion was carried.\n').isMinutes).toBe(false);
  });
});

describe('records read where the fields could not be placed', () => {
  it('a record with its title lost: a dated header, the chair marked, the chair opening the meeting', () => {
    const d = extractFromText('日期：二〇一九年三月四日\n时间：下午三时\n地点：某某会议室\n陈某某先生（主席）\n李某某女士\n王某某先生（秘书）\n主席于下午三时宣布会议开始，欢迎各委员出席。\n');
    expect(d.isMinutes).toBe(true);
  });
  it('a PDF text layer with a space between every character', () => {
    const d = extractFromText('某 某 大 学 第 4 次 行 政 会 议 纪 录\n时 间 : 2011 年 5 月 18 日 上 午 10:00 地 点 : 行 政 大 楼 主 席 : 张 某 某 校 长 出 席 : 李 一 一 王 二 二 赵 三 三 陈 四 四 请 假 : 刘 五 五\n');
    expect(d.isMinutes).toBe(true);
  });
});

describe('guides and templates are no records', () => {
  it('a page that defines the terms a record uses is a guide', () => {
    const d = extractFromText('某某会议纪录的常用名词\n1.「出席者」指出席会议并有表决权的人。\n2.「列席者」指列席会议备询的人。\n3.「决议」为议案经主席提付表决的结果。\n主席：会议的主持人。\n');
    expect(d.isMinutes).toBe(false);
  });
  it('a heading asking how minutes are written is a guide', () => {
    const d = extractFromText('大厦管理委员会的会议纪录格式有规定吗？\n会议纪录应载明开会经过及决议事项，由主席签名。\n出席人姓名及人数。\n主席姓名。\n');
    expect(d.isMinutes).toBe(false);
  });
  it('an English template with bracketed blanks is a template', () => {
    const d = extractFromText("School Board Meeting Minutes\nDate: [Date]\nLocation: [Your Company Address]\n1. Call to Order\nThe meeting was called to order by the Board President, [Name].\n2. Roll Call\n- [Board Member 1's Name]\n- [Board Member 2's Name]\n3. Approval of Minutes\nThe motion carried unanimously.\n");
    expect(d.isMinutes).toBe(false);
    expect(d.reason).toMatch(/template/);
  });
});

describe('notices and records in Hong Kong form', () => {
  it('a meeting still to come, with people asked to attend, is a notice', () => {
    const d = extractFromText('9月23日下午，学校将召开第12次校长办公会。会议审议《实验室安全管理办法》等事项。请相关单位负责人准时参加。\n');
    expect(d.isMinutes).toBe(false);
    expect(d.reason).toMatch(/notice/);
  });
  it('a record with its title lost: dated header, 出席者 over names, the chair marked, items passed', () => {
    const d = extractFromText('日期：二〇一九年三月四日（星期一）\n时间：下午三时\n地点：会议室\n出席者\n陈大文先生（主席）\n李小明先生\n一、通过上次会议纪录\n上次会议纪录无须修订，获得通过。\n二、委员会同意拨款十万元。\n');
    expect(d.isMinutes).toBe(true);
    expect(d.fields?.isMinutes?.confidence).toBeLessThan(0.9);
  });
});

describe('a closing bracket that is no byline', () => {
  it('a record whose last item ends "（试行）" or "（第二批）" stays minutes', () => {
    const rec = '9月23日下午，王某某主持召开第12次校长办公会。张一、李二参加会议。\n1.会议审议通过了《实验室安全管理办法》。\n2.会议原则同意《科研经费管理办法》（试行）\n';
    expect(extractFromText(rec).isMinutes).toBe(true);
    expect(extractFromText(rec.replace('（试行）', '（第二批）')).isMinutes).toBe(true);
  });
  it('a record closed by the office that posted it, "（院办）" or "（党政办公室）", stays minutes; a reporter still does not', () => {
    expect(extractFromText(`${record.trimEnd()} （院办）\n`).isMinutes).toBe(true);
    expect(extractFromText(`${record}（党政办公室）\n`).isMinutes).toBe(true);
    // …or says it supplied the text ("（重点办供稿）").
    expect(extractFromText(`${record}（重点办供稿）\n`).isMinutes).toBe(true);
    expect(extractFromText(`${record}（组织部 李某某）\n`).isMinutes).toBe(false);
  });
  it('an English byline alone under the headline is a reporter’s mark; a By-laws heading is not', () => {
    const body = 'The Riverton Council met on 3 May 2021.\nPresent: A. Smith, B. Jones, C. Brown\nThe minutes were approved.\nThe accounts were adopted.\n';
    expect(extractFromText(`Council adopts accounts\nBy Jane Doe\n${body}`).isMinutes).toBe(false);
    expect(extractFromText(`By Laws Committee\n${body}`).isMinutes).toBe(true);
  });
});

describe('more reporters’ and outlets’ marks', () => {
  const body = '5月5日，县长张某主持召开县政府第10次常务会议。\n会议审议通过了《某某方案》。\n';
  it.each([
    ['a reporter after an outlet’s name in brackets', `（某某社记者李某台北10日电）${body}`],
    ['a reporter in 〔〕', `〔记者王某／台北报导〕${body}`],
    ['a wire dateline', `某某社北京3月5日电 ${body}`],
    ['an editor credited among the page’s particulars', `发布时间：2023-05-06 来源：县政府办公室 责任编辑：王某\n${body}`],
  ])('%s makes it news', (_, text) => {
    expect(extractFromText(text).isMinutes).toBe(false);
  });
  it('a lone reviewer’s sign-off closing a body’s own record is no news mark', () => {
    expect(extractFromText(`${body.trimEnd()}会议还研究了其他事项。（审核：刘某某）\n`).isMinutes).toBe(true);
  });
});

describe('an agenda word inside a record', () => {
  it('a record run together on one line that approved "the agenda" is no agenda', () => {
    const line = 'The regular meeting of the Board of Trustees was called to order at 6:30 pm by President Jane Roe. Trustees present: Roe, Poe, Doe. Absent: none. On a motion by Poe, seconded by Doe, the agenda was approved unanimously. The board approved the consent items 3-0.';
    expect(extractFromText(line).isMinutes).toBe(true);
  });
  it('an agenda of items to come stays an agenda', () => {
    const d = extractFromText('Riverside Parish Council\nAGENDA for the meeting to be held on 5 June 2023\n1. To receive apologies\n2. To approve the minutes of the last meeting\n3. To consider planning applications\n');
    expect(d.isMinutes).toBe(false);
  });
});

describe('words that only look like an outlet’s dateline', () => {
  it('a record that heard a video conference on a date, or studied a news agency’s report, stays minutes', () => {
    const rec = '\n会议审议通过了《某某方案》。\n会议研究了安全生产工作。\n';
    expect(extractFromText(`3月5日，县长张某主持召开县政府第9次常务会议，收听收看了3月5日电视电话会议。${rec}`).isMinutes).toBe(true);
    expect(extractFromText(`3月5日，县长张某主持召开县政府第9次常务会议，会议学习了新华社评论员文章。${rec}`).isMinutes).toBe(true);
  });
});

describe('a reporter who attended is no byline', () => {
  it('a record line saying the press attended stays minutes', () => {
    expect(extractFromText('3月5日，县长张某主持召开县政府第9次常务会议。\n市电视台记者列席会议。\n会议审议通过了《某某方案》。\n').isMinutes).toBe(true);
  });
});

describe('editors’ lines', () => {
  const rec = '9月23日下午，王某某主持召开第12次校长办公会。\n会议审议通过了《实验室安全管理办法》。\n';
  it('an editor in brackets on a line of its own makes it news', () => {
    expect(extractFromText(`${rec}（编辑 一晨）\n`).isMinutes).toBe(false);
  });
  it('units named 文… and 图… in a list are no staff labels', () => {
    expect(extractFromText(`${rec}抄送：文化局 图书馆\n`).isMinutes).toBe(true);
  });
});

describe('an exhortation is no leader’s speech', () => {
  it('"各单位要按照要求，…" in a record that studied an item stays minutes', () => {
    expect(extractFromText('3月5日，县长张某主持召开县政府第9次常务会议。\n会议研究了防汛工作。各单位要按照要求，做好准备。\n').isMinutes).toBe(true);
  });
});

describe('a record’s headline as its title', () => {
  it('a headline naming the meeting held is the title, to check', () => {
    const d = extractFromText('学校召开2023年第9次校长办公会\n4月23日，校长张某主持召开2023年第9次校长办公会。\n会议审议通过了《某某办法》。\n');
    expect(d.title).toBe('学校召开2023年第9次校长办公会');
    expect(d.fields?.title?.confidence).toBeLessThan(0.9);
  });
  it('a record without one has no title', () => {
    expect(extractFromText('4月23日，校长张某主持召开2023年第9次校长办公会。\n会议审议通过了《某某办法》。\n').title).toBeNull();
  });
});

describe('more minutes titles', () => {
  it('"Meeting Summary" and "会议记要" are minutes titles', () => {
    expect(extractFromText('Transport Forum Meeting Summary\n12 May 2022\nAttendees: Ann Lee, Bob Ray, Cy Dee\n1. Bus routes: it was agreed to consult on the new routes.\n').title).toBe('Transport Forum Meeting Summary');
    expect(extractFromText('某县政府常务会议记要\n2022年5月12日，县长张某主持召开县政府常务会议。\n一、会议同意某某方案，由县财政局负责落实。\n').title).toBe('某县政府常务会议记要');
  });
});

describe('an English record in the meeting’s voice', () => {
  it('"The meeting was held … The meeting resolved that …" over who attended is minutes', () => {
    const d = extractFromText('A meeting of the Riverton Residents Group was held on 4 May 2022 at the library.\nThose attending: Ann Lee, Bob Ray, Cy Dee.\nThe meeting resolved that a letter be sent to the council about the footpath.\n');
    expect(d.isMinutes).toBe(true);
  });
});

describe('a minutes heading printed away from the top', () => {
  it('gives the title and the meeting’s date, as guesses', () => {
    const d = extractFromText('Mayor A. Smith\nCouncil Members:\nB. Jones C. Brown\nRoll Call of Council Members:\nAttending: Council Member Jones, Council Member Brown and Mayor Smith.\nCouncil Member Green asked to be excused.\nCity Council Minutes\nMarch 06, 2019\n');
    expect(d.title).toBe('City Council Minutes');
    expect(d.meetingDate).toBe('2019-03-06');
    expect(d.fields?.title?.confidence).toBeLessThan(0.9);
  });
});

describe('an opening that says what the meeting did', () => {
  it('"…主持召开…会议，研究部署防汛工作" is a record', () => {
    expect(extractFromText('6月2日，县长张某主持召开县政府第9次常务会议，研究部署全县防汛工作。\n').isMinutes).toBe(true);
  });
  it('a meeting to come in the same words is not', () => {
    expect(extractFromText('各乡镇、各部门：\n定于6月2日召开县政府第9次常务会议，研究部署全县防汛工作。\n').isMinutes).toBe(false);
  });
});

describe('titles as PDFs and file-sharing pages print them', () => {
  it('a page number left after the minutes mark is dropped; a file’s name is a reading to check', () => {
    const body = '時間：2019年12月19日\n主席：陳某某\n出席：王一、李二、張三\n討論事項\n決議：照案通過。\n';
    expect(extractFromText(`第21屆第5次臨時大會議事錄 4\n${body}`).title).toBe('第21屆第5次臨時大會議事錄');
    const d = extractFromText(`第十一次会议记录.doc\n${body}`);
    expect(d.fields?.title?.confidence ?? 0).toBeLessThan(0.9);
  });
});

describe('the agenda printed in front of the minutes of the same meeting', () => {
  const agenda = 'TOWN COUNCIL REGULAR MEETING - MARCH 4, 1991 TOWN HALL - 7:00 P.M. ROLL CALL PLEDGE OF ALLEGIANCE AGENDA A. PUBLIC HEARINGS A-1 ZONING AMENDMENT - FIRST READING B. CONSENT CALENDAR B-2 EXPENDITURE REPORT B-3 MONTHLY STATEMENT OF INVESTMENTS - JANUARY 1991 B-4 CHAMBER OF COMMERCE MONTHLY REPORT B-5 APPROVAL OF CERTIFICATES OF APPRECIATION B-6 FEE WAIVER REQUEST BY THE HIGH SCHOOL BAND B-7 HARBOR LEASE AMENDMENT B-8 WATER PROJECTS QUARTERLY REPORT B-9 TOWN COUNCIL MINUTES OF THE REGULAR MEETING OF FEBRUARY 18, 1991 C. ADJOURNMENT';
  it('is minutes, titled by the heading dated as the page opens', () => {
    const d = extractFromText(`${agenda} MINUTES - TOWN COUNCIL REGULAR MEETING - MARCH 4, 1991 TOWN HALL - 7:00 P.M.`);
    expect(d.isMinutes).toBe(true);
    expect(d.title).toBe('MINUTES - TOWN COUNCIL REGULAR MEETING - MARCH 4, 1991');
    expect(d.fields?.isMinutes?.confidence).toBeLessThan(0.9);
  });
  it('an agenda naming an earlier meeting’s minutes stays an agenda', () => {
    expect(extractFromText(agenda).isMinutes).toBe(false);
    expect(extractFromText(`${agenda} MINUTES - TOWN COUNCIL REGULAR MEETING - FEBRUARY 18, 1991`).isMinutes).toBe(false);
  });
});

describe('a company or hospital publishing its own meeting', () => {
  it('a column name in the breadcrumb (新闻资讯 > 集团要闻) is no outlet’s dateline', () => {
    const d = extractFromText('新闻资讯 > 集团要闻\n集团召开2024年第二次董事会\n5月9日下午，集团召开2024年董事会第二次会议，董事长王某主持会议。董事会成员出席会议。\n会上，各位董事审议并一致通过了《投资计划》等5项议案，并形成会议决议。');
    expect(d.isMinutes).toBe(true);
  });
  it('an outlet’s dateline (本网讯) still marks a story', () => {
    const d = extractFromText('本网讯 5月9日下午，集团召开2024年董事会第二次会议，董事长王某主持会议。\n会上，各位董事审议并一致通过了《投资计划》等5项议案。');
    expect(d.isMinutes).toBe(false);
  });
  it('a meeting that settled a matter (会上，确定了…) has decided something beside a leader’s remarks', () => {
    const d = extractFromText('8月3日上午，我院召开职能科室负责人会议。院长张某主持会议。副院长李某等20余人参加会议。\n会上，张某院长指出，各科室要提高认识。\n会议要求，各科室要加强工作纪律。\n会上，确定了例会制度要长期坚持。');
    expect(d.isMinutes).toBe(true);
  });
  it('a leader’s speech told in the third person (他强调) with nothing decided is a story', () => {
    const d = extractFromText('8月25日上午，某中学召开新学期校长办公会议。会议由副校长王某主持，全体行政人员参加。\n会上，校长李某传达了暑期干部会议精神。他强调，各部门要统一思想，把各项工作落实到位。\n本次会议拉开了新学期的序幕。');
    expect(d.isMinutes).toBe(false);
  });
});

describe('a bulletin’s or a site’s name above a record', () => {
  it('an association’s bulletin name (教师会会讯) is no outlet’s dateline', () => {
    const d = extractFromText('教师会会讯 某某高级中学\n一、会议时间：108年5月1日(星期三)\n二、会议地点：教师会办公室\n三、会议主席：郑某某理事长 纪录：杨某某\n四、出席人员：郑某某老师、翁某某老师、尹某某老师\n五、讨论事项\n案由：本会年度经费案。\n决议：照案通过。');
    expect(d.isMinutes).toBe(true);
  });
  it('a site’s navigation words alone on their lines are chrome, not the record’s heading', () => {
    const d = extractFromText('Home\nNews\nParish Council Meeting - 3 April 2023\nPresent: Cllr J Smith (Chair), Cllr P Jones, Cllr R Brown\nApologies: Cllr T White\n1. The minutes of the last meeting were approved.\n2. It was resolved to repair the bus shelter.');
    expect(d.isMinutes).toBe(true);
    expect(d.title ?? '').not.toMatch(/^(?:Home|News)$/);
  });
});

describe('an agenda printed in front of the minutes, under a site’s upload line', () => {
  it('the upload date (Posted on …) is not the opening date the minutes heading is matched to', () => {
    const text = 'Posted on 4 May 2023 by admin\nAGENDA REGULAR MEETING JANUARY 28, 1985 1. Call to order 2. Roll call MINUTES - LAKE CITY COUNCIL REGULAR MEETING - JANUARY 28, 1985 Mayor Smith called the meeting to order.';
    const found = minutesAfterAgenda(segment(splitRunOn(linesFromText(text))));
    expect(found?.date.value).toBe('1985-01-28');
  });
});

describe('a story’s marks read on text run together (issue 11)', () => {
  it('a reporters’ byline closing the last paragraph, the reporter word spaced, marks news', () => {
    const d = extractFromText('12月28日，县政协十一届一次会议举行预备会议。县领导张某、李某出席会议。会议听取了筹备工作情况报告；协商通过了会议议程。会议要求与会人员严格遵守会风会纪，确保会议安全有序进行，圆满完成各项既定议程。(记 者:吴阳金 张志彬)\n');
    expect(d.isMinutes).toBe(false);
    expect(d.reason).toMatch(/reporter/);
  });
  it('an editor’s and a reviewer’s labels opening a line run into the story mark news', () => {
    const d = extractFromText('2021-12-29 16:00:51 编辑: 杨玉娟 审核人:叶玲玲 阅读次数:2287 | 12月28日，县政协十一届一次会议举行预备会议。县领导张某、李某出席会议。会议听取了筹备工作情况报告；协商通过了会议议程。\n');
    expect(d.isMinutes).toBe(false);
  });
});

describe('a record run together into one line (a PDF’s or a reader’s text) is still read as one (issue 11)', () => {
  it('items numbered inside the line state the meeting’s acts', () => {
    const d = extractFromText('9月17日下午，离退休工作处召开2021年第10次党政联席会，各科室负责人参加会议。一、会议通报了重阳节表彰大会筹备工作进程。二、会议传达了疫情防控工作要求。\n');
    expect(d.isMinutes).toBe(true);
  });
  it('a content list run on after the meeting held counts as its outcomes', () => {
    const d = extractFromText('3月3日上午，区政协召开六届七次主席会议，会议由张某主席主持，会议主要内容：1、学习中央1号文件精神；2、协商区政协年度工作要点；3、部署文明创建工作。\n');
    expect(d.isMinutes).toBe(true);
  });
  it('the post’s particulars at the start of the line do not hide the acts after them', () => {
    const d = extractFromText('发布时间：2020-02-22 来源：局办公室 2020年2月21日，局长王某主持召开2020年第2次局长办公会议。副局长李某、赵某出席会议。会议听取了年度重点工作目标编制情况的汇报。会议指出，要一手抓防疫，一手抓发展。工作时间：9:00—18:00 地址：人民大道200号\n');
    expect(d.isMinutes).toBe(true);
  });
  it('a story run together keeps its dateline and its closing credits', () => {
    const dated = extractFromText('学校召开第12次校长办公会议 发布时间:2021-11-16 本网讯   11月15日，王某主持召开校长办公会议。校领导李某、赵某出席会议。会议审议通过了学生奖学金评选办法。\n');
    expect(dated.isMinutes).toBe(false);
    const credited = extractFromText('5月12日上午，区人大常委会召开第38次主任会议。主任刘某主持会议，副主任顾某、吴某出席会议。会议听取了区商旅委关于商贸服务业发展情况的汇报。会议还商议了工作评议的相关工作。编 辑: 余晨 责 编: 余晨\n');
    expect(credited.isMinutes).toBe(false);
  });
});

describe('a story run into one line, and a record decided by ballot', () => {
  it('a leader\'s speech narrated in paragraphs run together, "执行会议议定事项" the only outcome word, is a story', () => {
    const line = '5月9日，县政协主席某某在项目指挥部主持召开工程推进协调会，研究部署相关工作。副县长某某及交通局、财政局等单位负责人参加会议。 1图：协调会现场 会议汇报了工程进展情况，参会人员进行了讨论。 在听取汇报后，某某对各单位的努力予以肯定。同时强调，下阶段要加快征地进度，各单位要认真执行会议议定事项。 会上，某某要求，各责任单位要按照时间节点统筹推进，加快工作进度，确保工程按期完成。';
    expect(extractFromText(line).isMinutes).toBe(false);
  });
  it('a body\'s own account of its meeting held and presided, its choices made by ballot (投票确定), is its record', () => {
    const page = '我院召开2019年度药品遴选会议\n发布时间：2019-03-02 09:10:00\n3月1日，我院召开了药事管理委员会会议，会议由副院长李某主持，院长王某及委员会全体委员参加。\n会议就新增药品目录展开讨论，各科主任陈述用药需求，全体委员进行投票确定。\n';
    expect(extractFromText(page).isMinutes).toBe(true);
  });
});

describe('a release mentioned in a record\u2019s paragraph', () => {
  it('is no outlet\u2019s mark', () => {
    const para = 'III. Motions/Discussions A. Calendar Review Jen Elgin led a discussion of upcoming events. Amy Lourenco is chairing the Second Night Seder, but still requires a co-chair. Rabbi Amy went over plans for the Installation Weekend. Brian Giblin said he would do a press release. In the upcoming months, there will be several events to plan and staff, and the board agreed to recruit volunteers for each of them.';
    const d = extractFromText(['BCRC Board of Directors Meeting', 'MINUTES', 'Mar 16, 2016', 'Attendees: Rabbi Amy Sapowith; Jen Elgin, President; Seth Leventhal, Secretary; Anna Hild, VP Education', 'Jen Elgin called the meeting to order at 7:05 PM.', 'II. January Minutes: Carol Currier moved that the minutes be approved. Seth Leventhal seconded, and minutes were approved unanimously.', para].join('\n'));
    expect(d.isMinutes).toBe(true);
  });
  it('a press release\u2019s own line marks one', () => {
    expect(extractFromText(['FOR IMMEDIATE RELEASE', 'Board of Directors Meeting, Mar 16, 2016', 'The board approved the budget and elected Jen Elgin president.'].join('\n')).isMinutes).toBe(false);
  });
});
