import { describe, expect, it } from 'vitest';
import { extractFromText } from '../index';

const body = 'xx年xx月xx日,代縣長主持召開了縣政府第xx次常務會議,現將會議確定事項紀要如下:\n一、關于xx縣財政預算執行情況\n會議原則同意縣財政局的意見,由縣財政局負責落實。\n二、關于統籌城鄉發展有關問題\n會議同意縣經發局的方案。\n';

describe('a writing guide’s model text is not minutes', () => {
  it('a 范文 label on the page heading over masked names is a model, not a record', () => {
    expect(extractFromText(`常務會議紀要范文精選\n${body}`).isMinutes).toBe(false);
    expect(extractFromText(`办公会议纪要范文\n${body.replace(/縣/g, '县')}`).isMinutes).toBe(false);
  });
  it('the same text without the label, or the label over real names, stays minutes', () => {
    expect(extractFromText(`縣政府常務會議紀要\n${body}`).isMinutes).toBe(true);
    const real = body.replace(/xx年xx月xx日/, '2011年3月2日').replace(/第xx次/, '第5次').replace(/xx縣/, '某縣');
    expect(extractFromText(`常務會議紀要范文精選\n${real}`).isMinutes).toBe(true);
  });
});

describe('templates left blank', () => {
  it('a template with a placeholder date and empty labels is not minutes', () => {
    const blank = extractFromText('AGM Minutes yyyy-mm-dd\nAgenda\n1. To confirm the minutes\n2. To receive the report\nAttendees:\nProxy:\nSecretary:\nChairperson:\nStart Time:');
    expect(blank.isMinutes).toBe(false);
    expect(blank.reason).toMatch(/template/);
  });
});

describe('a look-alike rule does not fire on a real record', () => {
  it('a headline naming the meeting held is not taken for a report by its last word', () => {
    const d = extractFromText('区政府召开第十二次常务会议听取年度工作报告\n3月2日，区长某某主持召开区政府第十二次常务会议。\n会议听取了区财政局关于年度预算执行情况的报告，原则同意。\n会议研究了老旧小区改造事项，决定由区住建局牵头落实。');
    expect(d.isMinutes).toBe(true);
  });
  it('a notice calling a meeting still ends in its own word', () => {
    const d = extractFromText('关于召开区政府第十二次常务会议的通知\n各有关单位：\n定于3月2日召开区政府常务会议，请准时参加。');
    expect(d.isMinutes).toBe(false);
  });
  it('a record that says "said" but records who attended is not a story', () => {
    const d = extractFromText('Parish Council Meeting held on 4 March 2021\nPresent: Cllr A. Smith (Chair), Cllr B. Jones, Cllr C. Brown\nCllr Jones said the verge was cut.\nCllr Brown said the bench was repaired.\nThe clerk said the grant was received.\nThe budget was approved.');
    expect(d.isMinutes).toBe(true);
  });
});

describe('look-alikes that carry a record’s words', () => {
  it('a press release about a meeting is news', () => {
    const d = extractFromText('FOR IMMEDIATE RELEASE\nJune 4, 2019\nBoard approves new contract\nAt its regular meeting on June 3, the Board, chaired by President Ann Lee, voted unanimously to approve the contract.');
    expect(d.isMinutes).toBe(false);
  });
  it('an English agenda with "Roll call" and "Approval of minutes" items is an agenda', () => {
    const d = extractFromText('Regular Meeting Agenda\nJune 3, 2019 7:00 PM\n1. Call to order\n2. Roll call\n3. Approval of minutes of May 6, 2019\n4. Motion to approve the budget\n5. Adjournment');
    expect(d.isMinutes).toBe(false);
  });
  it('a work summary is refused by its title, its numbered body not run into it', () => {
    const d = extractFromText('2023年度工作总结\n一、主要工作\n3月5日召开了全体会议，会议由主任主持，审议通过了年度计划。\n二、存在问题');
    expect(d.isMinutes).toBe(false);
  });
});

describe('look-alikes read by their own marks (issue 11)', () => {
  it('a model text with its date and names masked is not minutes, whatever its title', () => {
    const d = extractFromText('关于会议纪要\n某某市人民医院搬迁工作会议纪要\n20xx年11月7日下午，市卫生局局长某某主持召开了搬迁工作会议。\n会议决定：一、认真贯彻落实搬迁总体方案。\n');
    expect(d.isMinutes).toBe(false);
    expect(d.reason).toMatch(/masked/);
  });
  it('a record that leaves out only its year stays minutes', () => {
    const d = extractFromText('重点项目协调会会议纪要\n20xx年3月2日，副县长王小明主持召开重点项目协调会。\n会议决定：由县发改局牵头推进项目前期工作。\n');
    expect(d.isMinutes).toBe(true);
  });
  it('a summary of a hearing in reported speech, nothing recorded, is not minutes', () => {
    const d = extractFromText('Municipal intervention: engagement with stakeholders\n07 June 2021\nChairperson: Mr A Smith\nMeeting Summary\nThe Select Committee convened virtually with the Department.\nThe Department said that the municipality has not appointed senior managers.\nThe Association told the Committee that the council had stabilised.\n');
    expect(d.isMinutes).toBe(false);
    expect(d.reason).toMatch(/reported speech/);
  });
  it('a record whose members speak in reported speech, with outcomes, stays minutes', () => {
    const d = extractFromText('Minutes of the Parish Council Meeting held on 4 March 2021\nPresent: Cllr A. Smith (Chair), Cllr B. Jones\nCllr Jones said that the verge was cut.\nThe clerk reported that the grant was received.\nIt was resolved that the budget be approved.\n');
    expect(d.isMinutes).toBe(true);
  });
  it('a guide that lists a record’s parts as numbered headings is a guide, its title cut away', () => {
    const d = extractFromText('会议记录是对会议内容和决议结果进行记载的文档，下面介绍其各部分。\n1. 标题\n写明会议名称。\n2. 时间和地点\n写明开会的时间地点。\n3. 出席人员\n列出出席会议的人员，包括主持人。\n4. 决议事项\n记录会议通过的决议。\n');
    expect(d.isMinutes).toBe(false);
  });
  it('a filled-in signature ("[name=…]", "[time=…]") is no template blank', () => {
    const d = extractFromText('第04次 會議紀錄\n- 時間: [time=Wed, Jul 6, 2022 7:00 PM]\n- 出席: 仔仔、歆、柏翰、馨慈\n> 文書組需要美宣組講一下 [name=咪路]\n> 移址，已解決。 [name=仔仔]\n> 新生包已完成 [name=柏翰]\n> 系服進度回報 [name=馨慈]\n> 交接事項 [name=歆]\n', { fold: (s) => s.replace(/會議紀錄/g, '会议纪录').replace(/時間/g, '时间') });
    expect(d.isMinutes).toBe(true);
  });
  it('"15 minutes" in an agenda item is a duration, not a minutes title', () => {
    const d = extractFromText('Business to be transacted\n1) To receive apologies for absence.\n2) Public Participation: a period not exceeding 15 minutes for members of the public.\n3) To approve the minutes of the meeting held on 15th March 2022.\n4) To agree the date of the next meeting.\n');
    expect(d.isMinutes).toBe(false);
  });
  it('a sentence wrapped onto a line ("minutes without the chair’s leave.)") is no title', () => {
    const d = extractFromText('Business to be transacted\n1) To receive apologies for absence.\n2) Public Participation: members of the public may speak for 2\nminutes without the permission of the chair.)\n3) To agree the date of the next meeting.\n');
    expect(d.isMinutes).toBe(false);
  });
  it('a guide’s date is not the upload date of the site around it', () => {
    const d = extractFromText('Home > Council > Documents\nPosted on 12 June 2023 by admin\nMinutes\nMinutes are the official record of council meetings, where the chair keeps order.\nThis guide is designed to help you write excellent minutes.\nShare\n');
    expect(d.isMinutes).toBe(false);
  });
});

describe('a record’s own marks outweigh a look-alike’s weaker ones (issue 11)', () => {
  it('a header listing "会议议程" under a named recorder is a record, not an agenda', () => {
    const d = extractFromText('臺中二中教師會第十六屆第八次理監事會議 會議記錄一、會議時間:108年05月01日二、會議地點:教師會辦公室三、會議主席:鄭某某理事長 紀錄:楊某某四、出席人員:鄭老師、翁老師、尹老師五、會議議程:(一)確認前次會議紀錄(二)期末會員大會預計於108年06月27日舉行，工作分配如下。\n', { fold: (s) => s.replace(/會議記錄/g, '会议记录').replace(/會議/g, '会议').replace(/議程/g, '议程').replace(/紀錄/g, '纪录').replace(/預計於/g, '预计于').replace(/舉行/g, '举行').replace(/時間/g, '时间') });
    expect(d.isMinutes).toBe(true);
  });
  it('a resolution dated as adopted under its title is not minutes', () => {
    const d = extractFromText('区人大常委会关于批准2017年区本级财政决算的决议\n(2018年8月7日区十八届人大常委会第十二次会议通过)\n区十八届人大常委会第十二次会议听取了区财政局局长所作的报告。会议同意财经委提出的审查结果报告，决定批准2017年区本级财政决算。\n');
    expect(d.isMinutes).toBe(false);
  });
});

describe('a record’s outcome read from the text where the fields missed it (issue 11)', () => {
  it('a notes title over a dated meeting with an action wrapped over lines is minutes', () => {
    const d = extractFromText('Notes from the Steering Group Meeting 27 May\nThe steering group met and the only item for discussion was\nincorporation of the group. Action: Mike to type up and\ncirculate the draft to the steering group.\n');
    expect(d.isMinutes).toBe(true);
  });
  it('a form’s "Motion (Carried/Failed) __" is no outcome recorded', () => {
    const d = extractFromText('October 29, 2014 at 7:00 PM - Special Meeting\nI. Call to Order\nMotion by __, support by __, to approve the minutes.\nMotion (Carried/Failed) __to__\n');
    expect(d.isMinutes).toBe(false);
  });
  it('a model text with its date and numbers masked (xx月xx日, 第xx次) has lost its 范文 title and is still no record', () => {
    const d = extractFromText('xx年xx月xx日，县长主持召开了县政府第xx次常务会议，现将会议确定事项纪要如下：\n一、关于xx县财政预算执行情况\n会议原则同意县财政局的意见。\n');
    expect(d.isMinutes).toBe(false);
  });
});

describe('a writing site\'s model and a form to fill in, named as such', () => {
  const record = '2015年6月2日上午，县长主持召开了县城道路建设协调会。副县长、城建局局长出席会议。现将会议主要内容纪要如下：\n一、会议要求，各单位要加快征地进度。\n二、会议同意由城建局牵头编制施工计划。\n';
  it('a model text under its site\'s preface offering it for reference (精心整理…范文…参考价值) is no record', () => {
    const d = extractFromText(`前言：本站为您精心整理了道路建设协调会议纪要范文，希望能为您的写作提供参考价值。\n${record}`);
    expect(d.isMinutes).toBe(false);
  });
  it('the preface read below the site\'s menu lines', () => {
    const d = extractFromText(`首页\n范文大全\n当前位置：首页 > 会议纪要\n前言：本站为您精心整理了道路建设协调会议纪要范文，希望能为您的写作提供参考价值。\n${record}`);
    expect(d.isMinutes).toBe(false);
  });
  it('the same record without the preface is read', () => {
    expect(extractFromText(record).isMinutes).toBe(true);
  });
  it('a set of forms whose dates are left blank ("( 年 月 日)", "填表日期： 年 月 日") is a template', () => {
    const forms = '某校第一次教职工代表大会 议程 一、筹备阶段：( 年 月 日至 年 月 日) 确定议题。 二、预备会：( 年 月 日) 选举主席团。 三、正式会议：( 年 月 日) 主持人宣布开幕，审议通过决议。\n代表登记表 填表日期： 年 月 日\n会议记录 会议时间： 会议地点： 出席人员： 主持人： 记录人： 会议内容：\n';
    expect(extractFromText(forms).isMinutes).toBe(false);
  });
  it('a record signed with one date left blank is still read', () => {
    expect(extractFromText(`${record}记录人：王某 年 月 日\n`).isMinutes).toBe(true);
  });
});

describe('a guide’s heading below other text of its page', () => {
  const guide = [
    'The library reopens on Tuesday with longer opening hours for the school holidays, and the reading room has new seating.',
    'How to write meeting minutes that people read',
    'Good minutes include the date and place, who attended, what was decided and who will act on it.',
    'It was agreed in many clubs that the secretary circulates the draft within a week.',
  ].join('\n');
  it('is a guide, not a record, though a paragraph stands above its heading', () => {
    expect(extractFromText(guide).isMinutes).toBe(false);
  });
  it('a record whose item names a guide is still a record', () => {
    const record = ['Minutes of the Garden Club committee meeting, 4 May 2021', 'Present: Ann Lee (Chair), Bo Chan, Cy Dunn', '1. Guide to pruning: it was agreed that Bo drafts a leaflet.', '2. The accounts were approved.'].join('\n');
    expect(extractFromText(record).isMinutes).toBe(true);
  });
});

describe('an agenda under its site’s menu and breadcrumb', () => {
  it('is read by its own heading, the chrome above it left out', () => {
    const page = [
      'Skip to main content',
      'Home',
      'Home > Society > Notices',
      'Posted on 3 March 2022 by admin',
      'The 12th Annual General Meeting of the Chess Society will be held on 5 May 2022 at the clubhouse.',
      'The business to be transacted at the Meeting is as follows:',
      '1. Welcome by the President.',
      '2. Minutes of the previous AGM.',
      '3. Annual report and accounts.',
      '4. Accounts as passed by the committee, seconded by the Treasurer.',
    ].join('\n');
    expect(extractFromText(page).isMinutes).toBe(false);
  });
});
