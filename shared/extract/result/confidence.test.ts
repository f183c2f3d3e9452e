import { describe, expect, it } from 'vitest';
import { extractFromText } from '../index';
import { listConfidence } from '../fields/attendance';
import { looksWhole } from '../fields/decisions';

const conf = (text: string, field: string) => extractFromText(text).fields?.[field as 'title']?.confidence ?? 0;

describe('confidence says how a field was found', () => {
  it('an attendance list is sure only when every item is a name and an English one is short', () => {
    expect(listConfidence(0.9, ['王大明', '李小华', '陈一'], 'zh')).toBe(0.9);
    expect(listConfidence(0.9, ['Ann Lee', 'Bob Ray', 'Cy Dee'], 'en')).toBe(0.9);
    expect(listConfidence(0.9, ['Ann Lee', 'Bob Ray', 'Senior Executive Engineer'], 'en')).toBeLessThan(0.9);
    expect(listConfidence(0.9, 'ABCDEFGHIJ'.split('').map((c) => `${c}. Smith`), 'en')).toBeLessThan(0.9);
    expect(listConfidence(0.9, ['Ann Lee'], 'en')).toBeLessThan(0.9);
    expect(listConfidence(0.9, ['应到代表170人', '张三', '李四'], 'zh')).toBeLessThan(0.9);
    expect(listConfidence(0.75, ['Ann Lee', 'Bob Ray', 'Cy Dee'], 'en')).toBe(0.75);
  });
  it('a headcount where names would stand is no attendee, yet attendance was recorded', () => {
    const d = extractFromText('某会会议纪要\n时间：2021年6月1日\n主席：孙文郁\n出席人员：详签到簿（应到会员46人，实到会员37人）\n决议：无异议通过。\n');
    expect(d.isMinutes).toBe(true);
    expect(d.attendees).toEqual([]);
    expect(d.fields?.attendees).toBeUndefined();
  });
  it('a decision that reads as a piece of one is not sure', () => {
    expect(looksWhole('The board approves the minutes of the last meeting.', 'en')).toBe(true);
    expect(looksWhole('an application regarding the casual vacancies.', 'en')).toBe(false);
    expect(looksWhole('- [HP] Draft a slide outlining an invitation', 'en')).toBe(false);
    expect(looksWhole('Motion Text Moved by Seconded by Status', 'en')).toBe(false);
    expect(looksWhole('End of Meeting', 'en')).toBe(false);
    expect(looksWhole('会议同意该方案。', 'zh')).toBe(true);
    expect(looksWhole('同意', 'zh')).toBe(false);
  });
  it('bulleted actions: a wrapped tail joins its item, owners in brackets are the assignees', () => {
    const text = 'Minutes of the Finance Committee\nDate: 3 May 2021\nPresent: Ann Lee, Bob Ray, Cy Dee\n\nActions\n- [AL] Draft the budget for the next year and circulate it\nto all members.\n- [BR, CD] Book the hall for the\nNovember meeting.\nNext Meeting\n';
    const d = extractFromText(text);
    expect(d.decisions.map((x) => x.text)).toEqual(['[AL] Draft the budget for the next year and circulate it to all members.', '[BR, CD] Book the hall for the November meeting.']);
    expect(d.decisions.map((x) => x.assignees)).toEqual([['AL'], ['BR', 'CD']]);
    expect(conf(text, 'decisions')).toBeGreaterThanOrEqual(0.9);
  });
  it('a section read while the body records outcomes elsewhere is a partial reading', () => {
    const text = 'Minutes of the Finance Committee\nDate: 3 May 2021\nPresent: Ann Lee, Bob Ray, Cy Dee\n\n1. Election of Chair.\nIt was agreed that Ann Lee chair the committee.\n\nActions\n- [AL] Draft the budget for the next year.\n- [BR] Book the hall for the next meeting.\n';
    expect(conf(text, 'decisions')).toBeLessThan(0.9);
  });
  it('a date printed without a year takes the page’s publication year, as a reading', () => {
    const d = extractFromText('学院党委\n我院党政联席会议纪要(6月16日)\n作者:某某 发布日期:2021-06-28 浏览次数:\n6月16日，学院党委书记张三主持召开了学院党政联席会议。会议纪要如下：\n一、会议同意该方案。\n');
    expect(d.meetingDate).toBe('2021-06-16');
    expect(d.fields?.meetingDate?.confidence).toBeLessThan(0.9);
  });
  it('a Chinese distribution block under its labels is sure', () => {
    const d = extractFromText('区政府常务会议纪要\n2021年5月8日，区长张三主持召开区政府常务会议。\n会议议定：\n一、同意区教育局提出的方案，由区教育局负责实施。\n抄送：区委办公室，区人大常委会办公室。\n区政府办公室 2021年5月9日印发\n');
    expect(d.recipients.length).toBe(2);
    expect(d.fields?.recipients?.confidence).toBeGreaterThanOrEqual(0.9);
  });
  it('a title ending in its number ("No.1") does not run on into the date line', () => {
    const d = extractFromText('Minutes of Steering Committee Meeting No.1\nOct 17, 2019\n\nAttendees\n- Ann Lee\n- Bob Ray\n\n1. Election of Chair.\nIt was agreed that Ann Lee chair the committee.\n');
    expect(d.title).toBe('Minutes of Steering Committee Meeting No.1');
    expect(d.meetingDate).toBe('2019-10-17');
  });

  it('a lone word among full names is a name or a post split apart, to check', () => {
    expect(listConfidence(0.9, ['Sharen Kyne', 'Dave Gorman', 'Maria Conway Sports', 'Social'], 'en')).toBeLessThan(0.9);
    expect(listConfidence(0.9, ['Andrew', 'Brad', 'Chris'], 'en')).toBe(0.9);
  });
  it('a list whose next line opens on a person may run on past where it was cut', () => {
    const text = 'Minutes of annual general meeting held on 23 May 2022 at Pickhill School.\n1. PRESENT: Parish Councillors: Mr Graham Clarke, Mr Ron Barker, Mrs Norma Grubb.\nMr David Grubb (Minutes). Residents – Mrs A Harvey, Mr N Burgess.\n2. APOLOGIES: Mr Minty Scaife.\n3. MINUTES OF PREVIOUS AGM - May 2019 Agreed.\n';
    expect(conf(text, 'attendees')).toBeGreaterThan(0);
    expect(conf(text, 'attendees')).toBeLessThan(0.9);
  });
  it('one or two decisions read outside a section of their own are a reading to check', () => {
    const record = (...outcomes: string[]) => `Minutes of the Finance Committee\nDate: 3 May 2021\nPresent: Ann Lee, Bob Ray, Cy Dee\n\n${outcomes.join('\n')}\n`;
    expect(conf(record('RESOLVED that Ann Lee chair the committee.', 'RESOLVED that the hall be booked.', 'RESOLVED that the insurance be renewed.'), 'decisions')).toBeGreaterThanOrEqual(0.9);
    expect(conf(record('RESOLVED that Ann Lee chair the committee.'), 'decisions')).toBeLessThan(0.9);
  });
});
