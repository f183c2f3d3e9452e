import { describe, expect, it } from 'vitest';
import { extractFromText } from '../index';

// Synthetic records without a minutes title: the verdict reads them by their structure.
describe('a record read from its structure', () => {
  it('a dated meeting, its presider and an outcome by vote is minutes, on the clerk’s list', () => {
    const d = extractFromText('5月8日上午，某村召开村民代表会议，由村党支部书记王某主持会议，18位村民代表参加了会议。\n代表们经过讨论，举手表决，一致同意修缮村道。');
    expect(d.isMinutes).toBe(true);
    expect(d.fields.isMinutes?.confidence).toBeLessThan(0.9);
  });
  it('a content list after the meeting held counts as what it did', () => {
    const d = extractFromText('4月2日上午，区文联召开三届五次主席会议，会议由李某主席主持，会议主要内容：\n1、学习有关文件精神；\n2、协商年度工作要点；\n3、部署下一阶段工作。');
    expect(d.isMinutes).toBe(true);
  });
  it('a record whose agenda items name the bodies responsible is not taken for a news story', () => {
    const d = extractFromText('开会日期\n2021-06-01\n主席\n张某\n出席\n李某、王某、赵某\n一、修正某某办法部分条文案。(劳动局、法务局)\n决议：本案通过。');
    expect(d.isMinutes).toBe(true);
  });
});

describe('a record read from what its meeting did', () => {
  it('a shareholders’ vote table with its counts is a record of the meeting held', () => {
    const d = extractFromText('第一案（董事會提）\n案由：承認年度決算表冊案。\n決議：本案投票表決結果如下：\n贊成權數：1,204,330 權 98.10%\n反對權數：2,100 權 0.17%\n棄權權數：21,000 權 1.73%\n本案經表決照案通過。');
    expect(d.isMinutes).toBe(true);
    expect(d.fields.isMinutes?.confidence).toBeLessThan(0.9);
  });
  it('a record cut above its proposals, each decided, is a record of the meeting held', () => {
    const d = extractFromText('參、討論事項\n第一案\n案由：社區活動中心開放時間調整案，請討論。\n說明：配合暑期志工排班辦理。\n決議：修正後通過，自七月起實施。\n第二案\n案由：年度清潔日經費案，請討論。\n決議：照案通過。\n肆、臨時動議：無。');
    expect(d.isMinutes).toBe(true);
    expect(d.fields.isMinutes?.confidence).toBeLessThan(0.9);
  });
  it('proposals listed with their decisions blank, or not yet taken, are no record', () => {
    expect(extractFromText('案由一：社區活動中心開放時間調整案。\n說明：配合暑期排班。\n決議：____\n案由二：年度清潔日經費案。\n決議：____').isMinutes).toBe(false);
    expect(extractFromText('討論事項\n案由一：社區活動中心開放時間調整案，請討論。\n說明：配合暑期排班。\n案由二：年度清潔日經費案，請討論。\n說明：依預算辦理。').isMinutes).toBe(false);
  });
  it('a proxy form with the vote columns blank is no record', () => {
    const d = extractFromText('委託書\n第一案 承認年度決算表冊案\n贊成 ____ 反對 ____ 棄權 ____\n第二案 修訂章程案\n贊成 ____ 反對 ____ 棄權 ____');
    expect(d.isMinutes).toBe(false);
  });
  it('a meeting that reviewed items (评审了) and was presided is a record', () => {
    const d = extractFromText('6月3日，某园区召开规划委员会2021年第3次专委会，由规划分局局长张某主持会议。\n会议评审了某某产业园项目方案设计、某中学食堂改建等项目。\n会议强调，各项目单位要抓紧修改完善方案。');
    expect(d.isMinutes).toBe(true);
  });
  it('an English record of proceedings with a roll and a chair, nothing yet voted, is a record', () => {
    const d = extractFromText('ACME HOLDINGS BERHAD\nPRESENT : Dato Lee Ah Kow - Chairman\n  Tan Bee Lin\nABSENT WITH APOLOGY : Wong Kim\nIN ATTENDANCE : Ong Mei (Secretary)\n1. CHAIRMAN\nDato Lee Ah Kow presided as Chairman of the meeting.\n2. QUORUM\nThe Secretary confirmed that a quorum was present. The Chairman declared the meeting duly convened.\n3. NOTICE\nThe Notice convening the meeting was taken as read.');
    expect(d.isMinutes).toBe(true);
    expect(d.fields.isMinutes?.confidence).toBeLessThan(0.9);
  });
});

describe('a record kept by a named recorder', () => {
  it('a header of time, chair and recorder over who attended is a record, without a minutes title', () => {
    const d = extractFromText('時間：110年4月10日(星期六)上午10時\n地點：本會會議室\n主席：陳某某 理事長　紀錄：鄭某某\n出席人員：林某、黃某、吳某\n一、主席致詞：感謝各位理監事出席。\n二、會務報告：本年度會員大會預計11月舉行。');
    expect(d.isMinutes).toBe(true);
    expect(d.fields.isMinutes?.confidence).toBeLessThan(0.9);
  });
  it('a recorder’s label left blank is a form, not a record', () => {
    const d = extractFromText('時間：____年__月__日\n地點：________\n主席：________　紀錄：________\n出席人員：________\n討論事項：________');
    expect(d.isMinutes).toBe(false);
  });
  it('an English guide naming the minute taker’s job is no record', () => {
    const d = extractFromText('How to write meeting minutes\nThe minute taker should note the date, who was present and each decision. Record each motion and whether it was carried.');
    expect(d.isMinutes).toBe(false);
  });
});

describe('a record kept in its own form', () => {
  it('a verbatim record, the chair and members speaking in turn, is a record even where it says 議程', () => {
    const d = extractFromText('總質詢：\n主席林某：現在開始進行下午的議程，各位代表如有意見請提出。\n陳代表某某：主席、鄉長、各位同仁，大家好。\n主席林某：請鄉長上台。\n陳代表某某：鄉長好，請問道路工程何時完工？\n王鄉長某某：預計年底完工。\n陳代表某某：謝謝。');
    expect(d.isMinutes).toBe(true);
    expect(d.fields.isMinutes?.confidence).toBeLessThan(0.9);
  });
  it('an interview with no chair speaking is no record', () => {
    const d = extractFromText('記者：請問今年的預算重點？\n王局長某某：主要在教育與交通。\n記者：何時完成？\n王局長某某：年底前。\n記者：謝謝。');
    expect(d.isMinutes).toBe(false);
  });
  it('a header form (date, time, place, members with the chair among them) over members’ views is a record, not a story', () => {
    const d = extractFromText('某某条例草案委员会\n日　期：1999年1月26日(星期二)\n时　间：上午8时30分\n地　点：会议室A\n出席委员：\n刘某某议员(主席)\n田某某议员\n何某某议员\n李某某议员\n一、与政府当局举行会议\n何某某议员指出，委任议席应予取消。\n田某某议员表示，同意政府的建议。');
    expect(d.isMinutes).toBe(true);
  });
  it('a meeting notice form (開會通知單) with its time, place, chair and attendees is still no record', () => {
    const d = extractFromText('某市政府教育局 開會通知單\n受文者：各級學校\n開會事由：研商招生事宜\n開會時間：113年3月8日（星期五）上午10時\n開會地點：本局會議室\n主持人：王科長\n出席者：各高級中學教務主任\n列席者：本局相關科室\n備註：請準時出席。');
    expect(d.isMinutes).toBe(false);
  });
});

describe('a record whose outcomes stand in a column', () => {
  it('an agenda-shaped table whose rows end in their outcomes is a record', () => {
    const d = extractFromText('AGENDA ITEM | DISCUSSION | OUTCOME\n1. Apologies | From J. Brown | Noted\n2. Minutes of last meeting | A true record | Approved\n3. Treasurer’s report | Balance £1,200 | Accepted\nPresent: A. Smith (Chair), B. Jones, C. Lee');
    expect(d.isMinutes).toBe(true);
  });
});

describe('a look-alike refused on its own mark', () => {
  it('a meeting announced is a notice, even with its items listed', () => {
    const d = extractFromText('各科室：\n经研究，拟定于2024年3月5日召开院务会议，现将有关事项通知如下：\n一、会议内容\n1. 审议年度预算\n2. 研究人事事项\n二、参加人员\n院领导班子成员，由院长主持。');
    expect(d.isMinutes).toBe(false);
    expect(d.reason).toMatch(/notice/);
  });
  it('a statute listing what a record must hold is not a record', () => {
    const d = extractFromText('法规名称：某市议会议事规则\n时间：2011年1月18日\n第五条 会议纪录应记载下列事项：出席者之姓名、主席姓名、议案内容及决议。\n第六条 表决结果应记载。');
    expect(d.isMinutes).toBe(false);
  });
  it('an English rule book on how minutes are kept is not a record', () => {
    const d = extractFromText('Standing Orders, adopted 3 May 2019\nSection 1. The Chair shall preside at every meeting.\nSection 2. Members present shall sign the roll.\nSection 3. The minutes shall record each motion moved and seconded.');
    expect(d.isMinutes).toBe(false);
  });
  it('a blog’s chatty account of a meeting is not its record', () => {
    const d = extractFromText('今天下雨啦~~大家都好担心\n7点一到主席宣布开会~~哈哈\n某社区发展协会第四届第二次会员大会开始\n审核活动计划，无异议，拍手通过喔');
    expect(d.isMinutes).toBe(false);
  });
  it('an English notice of a meeting to come is not minutes', () => {
    const d = extractFromText('Notice is hereby given that the Annual General Meeting will be held on 3 May 2024 at 7pm.\nChair: J. Smith\nPresent: members are invited to attend.\nItems: to approve the accounts.');
    expect(d.isMinutes).toBe(false);
  });
  it('the formal notice formula on a bilingual page is a notice, though its items read as outcomes', () => {
    const d = extractFromText('NOTICE IS HEREBY GIVEN that the 2024 Annual General Meeting of the Harbour Traders Association will be held as follows: 兹通告 本会2024年週年會員大會即將舉行，詳情如下：\n日期：2024年5月3日\n議程\n1. To approve the Minutes of the last AGM; 通過上次週年會員大會會議記錄；\n2. To elect the Committee; 選舉幹事會成員。');
    expect(d.isMinutes).toBe(false);
    expect(d.reason).toMatch(/notice/);
  });
  it('a record that gives notice of its next meeting further down is still minutes', () => {
    const d = extractFromText('Minutes of the Parks Committee meeting held on 3 May 2024\nPresent: A. Smith (Chair), B. Jones, C. Lee\n1. The minutes of the last meeting were approved.\n2. Resolved that the park gates be repaired.\n3. Members noted the budget.\n4. Any other business: none.\n5. Next meeting: notice is hereby given that the next meeting will be held on 7 June 2024.');
    expect(d.isMinutes).toBe(true);
  });
});

describe('a record headed by what it records', () => {
  it('"Record of decisions" over dated outcomes stands for the body that met', () => {
    const d = extractFromText('Record of decisions\nBoard of Trustees, 5 May 2022\n1. The Board approved the annual accounts.\n2. The Board agreed to appoint a new auditor.');
    expect(d.isMinutes).toBe(true);
    expect(d.fields.isMinutes?.confidence).toBeLessThan(0.9);
  });
});

describe('items of business under the meeting held (issue 11)', () => {
  it('three bulleted items each opening with what was done make the record’s outcomes', () => {
    const d = extractFromText('2020年8月21日上午，学院在327会议室召开了2020年第13次党政联席会。张某、李某、王某参加会议。\n- 布置近期学院疫情防控工作；\n- 讨论确定近期人才引进的待遇问题；\n- 通报学院专项工作进展。\n');
    expect(d.isMinutes).toBe(true);
  });
  it('the same items in a notice of a meeting to come stay a notice', () => {
    const d = extractFromText('关于召开2020年第13次党政联席会的通知\n学院定于2020年8月21日上午在327会议室召开2020年第13次党政联席会。\n- 布置近期学院疫情防控工作；\n- 讨论确定近期人才引进的待遇问题；\n- 通报学院专项工作进展。\n');
    expect(d.isMinutes).toBe(false);
  });
});

describe('a record told in prose or cut below a site’s notices (issue 11)', () => {
  it('items headed "AGENDA No. 1" over the chair presiding, those present and what was decided are a record', () => {
    const d = extractFromText('AGENDA No. 1 Care of the families of soldiers\nThe Acting President was in the chair. The Prime Minister and all other ministers were present.\nThe Cabinet approved the scheme in principle. It was decided that three homes will be established.\nAGENDA No. 2: Winter clothing\nThe scheme was discussed and approved by the Cabinet.\n');
    expect(d.isMinutes).toBe(true);
  });
  it('a header whose labels run on in one line, below a document site’s notices, is a record kept', () => {
    const notices = Array.from({ length: 8 }, (_, i) => `- ${i + 1}、本站所有内容均由网友上传，付费前请自行鉴别，如有疑问请联系我们。`).join('\n');
    const d = extractFromText(`${notices}\n南区安老服务协调委员会\n日期: 二零零六年六月七日 时间: 上午十时 地点: 利群商业大厦会议室\n出席者: 冯民乐 先生\n张润屏 女士 社会福利署 (主席)\n欧立成 先生 南区区议会\n`);
    expect(d.isMinutes).toBe(true);
  });
  it('an agenda printed above the record of the same meeting (a minutes heading over who attended) is the record', () => {
    // A bilingual site: its page and the agenda's header in Chinese, the record in English.
    const agenda = '某某服务联会\n跳至内容 | 简 | 繁 | Eng\n搜寻\n会议议程及纪录 服务发展常设委员会\n14/15年度第1次会议\n日期: 2014/12/05\n时间: 14:15\n地点: 某某大厦2楼203室\n会议议程\n1 Welcoming and Introduction\n2 Terms of reference\n3 Election of Chairperson\n4 Nomination of co-opted member\n5 Confirmation of minutes of the last meeting\n6 Matters arising\n7 For discussion\n7.1 Business plan\n8 For Information\n9 Any other business\n';
    const d = extractFromText(`${agenda}会议纪录\nMinutes of the 1st meeting held on 5 December 2014 at 2:15pm in Room 203.\nPresent:\nDr A Lee (Chairperson)\nMs B Chan\nMr C Wong\n`);
    expect(d.isMinutes).toBe(true);
    expect(d.fields.isMinutes?.confidence).toBeLessThan(0.9);
  });
  it('an agenda alone, naming the last meeting’s minutes as an item, stays an agenda', () => {
    const d = extractFromText('Standing Committee\nMeeting agenda\n1 Welcoming and introduction\n2 Election of chairperson\n3 Confirmation of minutes of the last meeting\n4 For discussion\n5 Any other business\n');
    expect(d.isMinutes).toBe(false);
  });
});

describe('a record whose opening was cut: the body’s own marks of a meeting held (issue 11)', () => {
  it('an English body closed at a clock time, with who spoke and what passed, is a record', () => {
    const d = extractFromText('Election of Officers\nThe Chair noted one nominee stood for each post.\nPresident: A. Brown - Passed\nTreasurer: C. Dunn - Passed\nIt was proposed to amend rule 9. Passed unanimously.\nMeeting closed 9pm\n');
    expect(d.isMinutes).toBe(true);
    expect(d.fields.isMinutes?.confidence).toBeLessThan(0.9);
  });
  it('a Chinese body closed at its time, with its chair and a decision, is a record', () => {
    const d = extractFromText('三、讨论事项\n主席：本案请大家发表意见。\n决议：照案通过。\n四、临时动议：无。\n五、下午5时散会。\n');
    expect(d.isMinutes).toBe(true);
  });
  it('a time to come ("预计下午5时结束", "will be adjourned at 9pm") is no meeting held', () => {
    const zh = extractFromText('会议议程\n一、主席致辞\n二、讨论事项\n会议预计下午5时结束，请准时出席。\n');
    expect(zh.isMinutes).toBe(false);
    const en = extractFromText('Agenda\n1. Welcome by the Chair\n2. Budget\n3. Any other business\nThe meeting will be adjourned at 9pm.\n');
    expect(en.isMinutes).toBe(false);
  });
  it('votes counted as "5 yes, 0 no" stand for a meeting held and its members there', () => {
    const d = extractFromText('Membership applications\n- The Board accepts A. Lee’s application with the following vote totals: 5 yes, 0 no, 0 abstain.\n- The Board accepts B. Chan’s application with the following vote totals: 4 yes, 1 no, 0 abstain.\n- The Board accepts the reimbursement policy: 5 yes, 0 no, 0 abstain.\n');
    expect(d.isMinutes).toBe(true);
  });
});

describe('a record whose header or opening was cut, read from what stays (issue 11)', () => {
  it('a filled header without its time (chair, recorder, who attended, who was absent) is a meeting held', () => {
    const d = extractFromText('三、会议主席：陈某某理事长 记录：杨某某\n四、出席人员：郑某、翁某、尹某、詹某\n五、请假人员：廖某、李某\n六、讨论事项\n（一）会员大会工作分配：决议：照案通过。\n');
    expect(d.isMinutes).toBe(true);
  });
  it('the same header with its values left as bracketed blanks is a template', () => {
    const d = extractFromText('5. 记录人：[填写记录人姓名]\n二、会议出席情况\n1. 出席人员：[列出出席人员姓名]\n2. 缺席人员：[列出缺席人员姓名及原因]\n3. 主持人：[姓名]\n四、会议决议\n1. 决议一：[决议内容]\n');
    expect(d.isMinutes).toBe(false);
  });
  it('English outcomes stated twice in the record’s voice under a roll tell of a meeting held', () => {
    const d = extractFromText('Apologies were received from Cllr Dodds.\nThe minutes of the last meeting were approved.\nFinance\nThe accounts were reviewed. It was agreed that the hall be repainted.\n');
    expect(d.isMinutes).toBe(true);
  });
  it('action items assigned by name are a record’s lines, though members “said” things', () => {
    const d = extractFromText('Social with the games club\nRichard said that Tuesday had been suggested for a social.\nAction: Bucko to book rooms for the social\nBucko said he had completed the form.\nAndrew said that he had not yet ordered t-shirts.\nAction: Andrew to find the t-shirts\nIt was agreed to hold the social on Tuesday.\n');
    expect(d.isMinutes).toBe(true);
  });
  it('an agenda and the record run together in one line: the minutes heading over "Present:" deep in the line', () => {
    const agenda = 'Standing Committee 1st meeting Date: 2014/12/05 Agenda 1 Welcoming and Introduction 2 Terms of reference 3 Election of Chairperson 4 Nomination of co-opted member 5 Confirmation of minutes of the last meeting 6 Matters arising 7 For discussion 8 For information 9 Any other business';
    const d = extractFromText(`${agenda} Minutes of the 1st meeting held on 5 December 2014 at 2:15pm in Room 203. Present: Dr A Lee (Chairperson) Ms B Chan Mr C Wong Mr D Ho`);
    expect(d.isMinutes).toBe(true);
    const alone = extractFromText(agenda);
    expect(alone.isMinutes).toBe(false);
  });
});

describe('a record cut after its attendance (issue 11)', () => {
  it('a prose opening of the meeting held, chaired and attended, with regrets received, is a record', () => {
    const d = extractFromText('1. The first meeting of the Executive Committee was held on 28 March 2009 at the Community Hall. The meeting was chaired by Dr. A. Rahman. Those attending included Dr. B. Karim and Mr. C. Islam. Regrets were received from Mr. D. Hossain.\n2. The Chair welcomed all members and went through the agenda.\n3. No additional item was included in the agenda.\n');
    expect(d.isMinutes).toBe(true);
    expect(d.fields.isMinutes?.confidence).toBeLessThan(0.9);
  });
  it('a rule book saying which apologies “must be recorded” is not a record', () => {
    const d = extractFromText('Board procedures\n• The Chair shall preside at meetings of the Board.\n• Only apologies received from those who cannot be present must be recorded.\n• The quorum shall be more than half the members.\n');
    expect(d.isMinutes).toBe(false);
  });
});

describe('how sure a verdict read from a fragment is (issue 11)', () => {
  it('a decisions section alone, naming no meeting, date or presider, is a reading to check', () => {
    const d = extractFromText('会议决定：\n一、认真贯彻落实已制定的搬迁总体方案，具体实施方案可作较小调整。\n二、近期召开一次全院搬迁动员大会，通报各项演练情况。\n');
    expect(d.isMinutes ? (d.fields.isMinutes?.confidence ?? 1) : 0).toBeLessThan(0.9);
  });
});

describe('a meeting\'s resolutions or vote published under a heading of its own', () => {
  it('a board\'s resolution announcement (…会议决议公告): held, presided, votes counted, a general meeting called', () => {
    const page = [
      '股票代码：000001 股票简称：某某股份 公告编号：2022-010',
      '某某股份有限公司',
      '第五届董事会第八次会议决议公告',
      '一、董事会会议召开情况',
      '2022年3月2日，公司第五届董事会第八次会议在公司会议室召开。会议应到董事七名，实到七名。会议由董事长王某主持。',
      '二、董事会会议审议情况',
      '（一）审议通过《关于年度预算的议案》',
      '表决情况：同意7票；反对0票；弃权0票。',
      '（二）审议通过《关于召开2022年第一次临时股东大会的议案》',
      '表决情况：同意7票；反对0票；弃权0票。公司定于2022年3月20日召开临时股东大会。',
      '特此公告。',
    ].join('\n');
    expect(extractFromText(page).isMinutes).toBe(true);
  });
  it('an owners\' assembly\'s vote result (…业主大会表决结果): the outcome stated, the votes counted', () => {
    const page = [
      '关于更换物业服务企业事项业主大会表决结果',
      '2021年5月1日至5月20日，业主委员会组织全体业主就更换物业服务企业事项进行书面表决。',
      '2021年5月25日，业委会完成计票。本次表决赞成票为820票，赞成率为55%，表决结果：通过，业主大会同意更换物业服务企业。',
    ].join('\n');
    expect(extractFromText(page).isMinutes).toBe(true);
  });
  it('a notice calling a general meeting is still refused', () => {
    const page = ['某某股份有限公司', '关于召开2022年第一次临时股东大会的通知', '公司定于2022年3月20日召开临时股东大会，审议年度预算。', '特此公告。'].join('\n');
    expect(extractFromText(page).isMinutes).toBe(false);
  });
});

describe('a record cut above its decisions list', () => {
  it('a page opening at "提案討論決議如下", its items each stating the outcome, is a record', () => {
    const page = ['提案討論決議如下', '一、年度決算表，無異議通過。', '二、秋季活動檢討。', '1.總幹事提出修正方向。', '三、獎助學金辦法修正案，照案通過。', '四、明年度行事曆，決議維持每季一次。'].join('\n');
    expect(extractFromText(page).isMinutes).toBe(true);
  });
  it('an agenda listing items to discuss, with no outcome, is still refused', () => {
    const page = ['議程', '一、年度決算表。', '二、秋季活動檢討。', '三、獎助學金辦法修正案。', '四、明年度行事曆。'].join('\n');
    expect(extractFromText(page).isMinutes).toBe(false);
  });
});

describe('a record cut above its numbered outcomes', () => {
  it('items that each state what was decided, the header lost, are a record to check', () => {
    const page = ['一、审议通过了社团年度经费使用情况的说明；', '二、同意增补两名理事，任期至本届届满；', '三、图书角改造：会议要求后勤组月底前提交方案。', '四、下次例会改在周三晚上。'].join('\n');
    const d = extractFromText(page);
    expect(d.isMinutes).toBe(true);
    expect(d.fields.isMinutes?.confidence).toBeLessThan(0.9);
  });
  it('items under the meeting’s own heading ("会议要求：") are its decisions', () => {
    const page = ['会议要求：', '一、由街道办牵头，两周内完成小区停车位重新划线。', '二、物业公司每月公开一次维修基金收支。', '三、业委会下月组织一次住户意见征集。'].join('\n');
    expect(extractFromText(page).isMinutes).toBe(true);
  });
  it('a plan’s numbered tasks, stating no outcome, are still refused', () => {
    const page = ['一、加强组织领导，明确责任分工。', '二、做好宣传发动，营造良好氛围。', '三、强化督促检查，确保取得实效。'].join('\n');
    expect(extractFromText(page).isMinutes).toBe(false);
  });
});
