import { describe, expect, it } from 'vitest';
import { extractFromText } from '../../shared/extract/index';

// Common shapes of minutes, written out to pin down how each part is read.
const GBT_EXEC = `XX县人民政府
常务会议纪要
第5期
XX县人民政府办公室　　　　2019年5月8日
2019年5月6日上午，县长张三主持召开县政府第12次常务会议，研究了全县防汛工作等事项。现纪要如下：
一、关于全县防汛工作
会议听取了县水利局关于防汛准备情况的汇报。会议认为，今年防汛形势严峻。会议要求：一是各乡镇要落实防汛责任；二是县水利局要加强水情监测；三是县财政局要保障防汛经费。
二、关于城区道路改造问题
会议同意县住建局提出的改造方案，由县住建局牵头，县交通局、县公安局配合，于6月30日前完成主干道改造。
三、关于招商引资奖励办法
会议原则通过《XX县招商引资奖励办法》，由县商务局修改完善后以县政府名义印发，限期10个工作日内完成。
出席：张三、李四、王五、赵六
列席：县水利局、县住建局、县财政局主要负责人
请假：钱七
记录：孙八
报：市政府办公室。
送：县委办公室，县人大常委会办公室，县政协办公室。
发：各乡镇人民政府，县直各单位。
XX县人民政府办公室　　　　2019年5月8日印发`;
const SPECIAL = `关于研究解决城东片区
拆迁安置问题的专题会议纪要
（第3次）
2020年8月12日，副市长王某某在市政府3楼会议室主持召开专题会议，研究城东片区拆迁安置问题。市住建局、市自然资源局、城东街道办事处等单位负责同志参加会议。会议议定以下事项：
（一）由城东街道办事处负责，9月底前完成剩余28户的入户调查。
（二）市自然资源局要加快安置地块供地手续办理，确保10月中旬前挂牌出让。
（三）安置房建设资金由市财政局统筹安排。
抄送：市委办公室，市人大常委会办公室。
市政府办公室　　2020年8月14日印发`;
const LABELLED = `院长办公会议纪要
〔2021〕第8期
时间：2021年3月2日下午
地点：行政楼302会议室
主持：刘院长
参加：陈副院长、周副院长、各职能科室负责人
会议决定：
1. 同意采购CT设备一台，由设备科负责招标，4月15日前完成。
2. 护理部要在本月底前制定夜班补贴方案。
3. 下周三召开全院职工大会。`;
const COMMITTEE = `Minutes of the Planning Committee
Date: Tuesday 14th March 2023
Chair: Cllr J. Smith
Present: Cllrs J. Smith, K. Lee, M. Patel; Officers: R. Jones (Clerk)
Apologies: Cllr T. Brown
1. Declarations of interest: none.
2. Application 23/0012, 4 Mill Lane
Resolved: to object to the application on the grounds of overdevelopment.
3. Tree works, Church Green
Members agreed to support the application. Clerk to notify the county by 31 March.
4. Date of next meeting: 11 April 2023.`;

const brief = (t: string) => {
  const d = extractFromText(t);
  return { ...d, decisions: d.decisions.map((x) => ({ text: x.text.slice(0, 12), assignees: x.assignees, due: x.due, dueDate: x.dueDate })) };
};

describe('forms of minutes', () => {
  it('GB/T 9704 executive-meeting minutes: header, topics, attendance at the end, 版记', () => {
    const d = brief(GBT_EXEC);
    expect(d).toMatchObject({ isMinutes: true, lang: 'zh', title: 'XX县人民政府常务会议纪要', docNumber: '第5期', issuer: 'XX县人民政府办公室', meetingDate: '2019-05-06', presider: '张三' });
    expect(d.attendees).toEqual(['张三', '李四', '王五', '赵六', '县水利局', '县住建局', '县财政局主要负责人']);
    expect(d.decisions.map((x) => x.assignees)).toEqual([['各乡镇', '县水利局', '县财政局'], ['县住建局', '县交通局', '县公安局'], ['县商务局']]);
    expect(d.decisions[1]).toMatchObject({ due: '于6月30日前', dueDate: '2019-06-30' });
    expect(d.decisions[2]).toMatchObject({ due: '限期10个工作日内' });
    expect(d.recipients.map((r) => `${r.name}/${r.role}`)).toEqual([
      '市政府办公室/report', '县委办公室/send', '县人大常委会办公室/send', '县政协办公室/send', '各乡镇人民政府/distribute', '县直各单位/distribute',
    ]);
  });
  it('a special-topic minutes with a wrapped title and (一) items under 会议议定以下事项', () => {
    const d = brief(SPECIAL);
    expect(d).toMatchObject({ title: '关于研究解决城东片区拆迁安置问题的专题会议纪要', docNumber: '（第3次）', presider: '王某某', issuer: '市政府办公室' });
    expect(d.attendees).toEqual(['市住建局', '市自然资源局', '城东街道办事处']);
    expect(d.decisions.map((x) => [x.assignees, x.due, x.dueDate])).toEqual([
      [['城东街道办事处'], '9月底前', '2020-09-30'],
      [['市自然资源局'], '10月中旬前', '2020-10-20'],
      [['市财政局'], null, undefined],
    ]);
  });
  it('labelled header fields and a 会议决定 section', () => {
    const d = brief(LABELLED);
    expect(d).toMatchObject({ title: '院长办公会议纪要', meetingDate: '2021-03-02', presider: '刘院长' });
    expect(d.attendees).toEqual(['陈副院长', '周副院长', '各职能科室负责人']);
    expect(d.decisions).toHaveLength(3);
    expect(d.decisions[1]).toMatchObject({ assignees: ['护理部'], due: '本月底前', dueDate: '2021-03-31' });
  });
  it('English committee minutes: Chair, Present groups, Resolved, agreed, Clerk to', () => {
    const d = brief(COMMITTEE);
    expect(d).toMatchObject({ isMinutes: true, lang: 'en', meetingDate: '2023-03-14', presider: 'J. Smith' });
    expect(d.attendees).toEqual(['J. Smith', 'K. Lee', 'M. Patel', 'R. Jones']);
    expect(d.decisions.map((x) => x.assignees)).toEqual([[], [], ['Clerk']]);
    expect(d.decisions[2]).toMatchObject({ due: 'by 31 March', dueDate: '2023-03-31' });
  });
  it('English minutes with one attendee per line under "Present:"', () => {
    const d = brief('Minutes of the Village Hall Committee\nHeld on 5th June 2021 at the Village Hall\nPresent:\nCllr A Smith (Chair)\nMrs B Jones\nMr C Green\nApologies: Mr D White\n1. The minutes of the last meeting were approved.\n2. Hall hire\nIt was agreed to raise the hire charge to £12 an hour. Treasurer to update the website by 30 June.');
    // "Held on …" on a line of its own, with a capital, prints where and when under the title (as real records are labelled).
    expect(d).toMatchObject({ title: 'Minutes of the Village Hall Committee', meetingDate: '2021-06-05', presider: 'A Smith' });
    expect(d.attendees).toEqual(['A Smith', 'B Jones', 'C Green']);
    expect(d.decisions.map((x) => x.assignees)).toEqual([[], [], ['Treasurer']]);
  });
  it('an English news story about a council decision is not minutes', () => {
    const d = extractFromText('Council approves new parking plan\nBy Jane Doe\nThe town council agreed on Tuesday to a new parking plan, the mayor said. "It is a good day," said the mayor. Residents said they were pleased. The council also agreed to review fees, officials said.');
    expect(d.isMinutes).toBe(false);
    expect(d.reason).toMatch(/news/);
  });
  it('a decision document (决定) and a communiqué are not minutes', () => {
    expect(extractFromText('XX县人民政府关于表彰2019年度先进单位的决定\n各乡镇人民政府，县直各单位：\n经研究，决定对以下单位予以表彰。').isMinutes).toBe(false);
  });
  it('a company minutes with a year-numbered issue, a topic label and a spaced presider label', () => {
    const d = brief('普通商密★1年\n总经理办公会会议纪要\n2026年第1期\n2026年1月12日，公司召开会议。现将会议议定事项纪要如下：\n专题A：请示\n同意《XX方案》。\n主  持：汪  进');
    expect(d).toMatchObject({ isMinutes: true, title: '总经理办公会会议纪要', docNumber: '2026年第1期', meetingDate: '2026-01-12' });
    expect(d.presider?.replace(/\s/g, '')).toBe('汪进');
    expect(d.decisions).toHaveLength(1);
  });
  it('attendance and attendance-without-vote in one sentence, and 会议议定 under each topic', () => {
    const d = brief('海勃湾区人民政府2026年第2次常务会议纪要\n2026年2月11日，区委副书记、政府区长翟云驰主持召开海勃湾区人民政府2026年第2次常务会议。刘某、王某等同志出席，张某、李某等同志列席。现将会议议定事项纪要如下。\n一、关于城市更新工作\n会议听取了区住建局的汇报。会议认为，工作取得积极成效。\n会议议定：（一）原则同意区住建局提出的工作方案，由区住建局牵头组织实施。（二）由李某同志牵头，协调解决资金问题。\n二、关于防汛工作\n会议听取了区应急局的汇报。\n会议议定：由区应急局负责，5月底前完成隐患排查。');
    expect(d).toMatchObject({ presider: '翟云驰', attendees: ['刘某', '王某', '张某', '李某'] });
    expect(d.decisions.map((x) => [x.assignees, x.due])).toEqual([[['区住建局', '李某'], null], [['区应急局'], '5月底前']]);
  });
  // A motion told as a sentence keeps its sentence, from its mover (the shared corpus's rule on motions).
  it('council minutes in capitals with minute references and "Proposed …, seconded …, and RESOLVED that …"', () => {
    const d = brief(`MINUTES OF THE MEETING OF THE FINANCE COMMITTEE HELD ON MONDAY 4 OCTOBER 2021 AT 7PM
PRESENT: Councillors Smith (Chair), Jones and Brown
IN ATTENDANCE: J Bloggs (Clerk)
21/045 Apologies
Apologies were received from Cllr White.
21/046 Minutes
Proposed Cllr Jones, seconded Cllr Brown, and RESOLVED that the minutes of 6 September 2021 be signed as a correct record.
21/047 Budget 2022/23
The Clerk presented the draft budget. After discussion it was RESOLVED to recommend a precept of £25,000 to Full Council. The Clerk will prepare the precept form by 31 January 2022.
21/048 Date of next meeting: Monday 1 November 2021.`);
    expect(d).toMatchObject({ meetingDate: '2021-10-04', presider: 'Smith', attendees: ['Smith', 'Jones', 'Brown', 'J Bloggs'] });
    expect(d.decisions.map((x) => x.text.slice(0, 8))).toEqual(['Proposed', 'After di', 'The Cler']);
    expect(d.decisions[2]).toMatchObject({ assignees: ['The Clerk'], dueDate: '2022-01-31' });
  });
  it('a 印发 line whose office is printed on the line above, and a copy count', () => {
    const d = extractFromText('县长办公会议纪要\n2019年5月6日，县长张三主持召开县长办公会议。会议议定：\n一、由县财政局负责，6月底前完成。\n抄送：县委办公室，县人大办公室。（共印30份）\nXX县人民政府办公室\n2019年5月8日印发');
    expect(d.issuer).toBe('XX县人民政府办公室');
    expect(d.recipients.map((r) => r.name)).toEqual(['县委办公室', '县人大办公室']);
  });
  it('a speech at a meeting and a work summary are not minutes', () => {
    expect(extractFromText('县长在全县经济工作会议上的讲话\n同志们：\n今天召开全县经济工作会议，主要任务是总结去年工作，部署今年任务。会议要求各部门要抓好落实。').reason).toMatch(/speech/);
    expect(extractFromText('XX局2019年工作总结\n2019年，在县委县政府的领导下，我局认真贯彻落实，各项工作取得成效。一、主要工作\n（一）由办公室负责的各项工作全面完成。').isMinutes).toBe(false);
  });
  it('short untitled English notes with agreed outcomes and actions are minutes', () => {
    const d = brief('Steering group meeting 27 May\nWe reviewed the garden project. It was agreed to hold a work day on 14 June.\nAction: Sam to book the hall.\nAction: Priya to order seeds by 5 June.');
    expect(d.isMinutes).toBe(true);
    expect(d.meetingDate).toBe('XXXX-05-27');
    expect(d.decisions.map((x) => x.assignees)).toEqual([[], ['Sam'], ['Priya']]);
    expect(d.decisions[2].due).toBe('by 5 June');
  });
});
