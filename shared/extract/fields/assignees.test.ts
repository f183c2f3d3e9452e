import { describe, expect, it } from 'vitest';
import { findAssignees } from './assignees';

describe('assignees', () => {
  const names = (t: string, lang: 'zh' | 'en') => findAssignees(t, lang).map((a) => a.name);
  it('reads 由X负责/牵头 and splits joined bodies', () => {
    expect(names('原则通过，由张静和刘航空根据会议精神修改完善。', 'zh')).toEqual(['张静', '刘航空']);
    expect(names('由区财政局牵头，区发改局配合，6月底前完成。', 'zh')).toEqual(['区财政局', '区发改局']);
  });
  it('reads X要/应 with a body as subject, and 要求X', () => {
    expect(names('保洁部门要在窗口添加标识，医务人员也应做好宣教工作。', 'zh')).toEqual(['保洁部门', '医务人员']);
    expect(names('会议再次强调其意义，并要求有关部门加强督查。', 'zh')).toEqual(['有关部门']);
  });
  it('reads a body before its deadline ("X于…前完成"), not a date with no body before it', () => {
    expect(names('会议议定，区财政科于6月15日前完成预算调整方案。', 'zh')).toEqual(['区财政科']);
    expect(names('会议决定于4月中旬前完成招聘考试。', 'zh')).toEqual([]);
  });
  it('reads an office holder named before the act ("由總幹事規劃辦理"), and a list of bodies whole', () => {
    expect(names('決議：由總幹事規劃辦理，經費上限3萬元。', 'zh')).toEqual(['總幹事']);
    expect(names('由国土、规划、住建部门按照各自权限尽快办理。', 'zh')).toEqual(['国土', '规划', '住建部门']);
  });
  it('ignores 要求 as a noun and non-body subjects', () => {
    expect(names('结合学校最新要求修改完善后按时上报学校相关部门。', 'zh')).toEqual([]);
    expect(names('同进强调各类后勤保障设备要加强安全管理。', 'zh')).toEqual([]);
  });
  it('reads English forms', () => {
    expect(names('The Forestry Bureau should strengthen research.', 'en')).toEqual(['The Forestry Bureau']);
    expect(names('Clerk to report to PCSO.', 'en')).toEqual(['Clerk']);
    expect(names('Action: Mike to type up and circulate.', 'en')).toEqual(['Mike']);
    expect(names('The council agreed to complete the form and for CM to return to SCDC.', 'en')).toEqual(['CM']);
    expect(names('[Scott, Mike] Follow up on the SDK project.', 'en')).toEqual(['Scott', 'Mike']);
    expect(names('Variation to the agenda business.', 'en')).toEqual([]);
  });
});

describe('English owners in other forms', () => {
  const names = (t: string) => findAssignees(t, 'en').map((a) => a.name);
  it('"agreed that X would …", "Action: X - task", "For X: task", "Action X to …"', () => {
    expect(names('It was agreed that Annie would prepare a talk and Tricia would prepare a summary.')).toEqual(['Annie', 'Tricia']);
    expect(names('It was agreed that the Vice Chairman should write to the police.')).toEqual(['Vice Chairman']);
    expect(names('Action: Dan - First Aid Course')).toEqual(['Dan']);
    expect(names('Action: Andrew and Richard: to work on the database.')).toEqual(['Andrew', 'Richard']);
    expect(names('For Silona: Provide a guideline on the wiki.')).toEqual(['Silona']);
    expect(names('Action Vice Chairman to write to the planning officer')).toEqual(['Vice Chairman']);
  });
  it('a motion or a need is no owner', () => {
    expect(names('Motion to adjourn the meeting at 7:30 pm.')).toEqual([]);
    expect(names('Need to transfer the website registration.')).toEqual([]);
  });
});

describe('a committee asking its officers to act', () => {
  const names = (t: string) => findAssignees(t, 'zh').map((a) => a.name);
  it('reads 请X…, 责成X… and 由X公告/担任…, not 请示 or 申请', () => {
    expect(names('决议: 请总干事于每月月底结算零用金.')).toEqual(['总干事']);
    expect(names('会议原则通过。责成县妇联修改完善后发文。')).toEqual(['县妇联']);
    expect(names('决议: 由副主委列出工法请厂商报价.')).toEqual(['副主委']);
    expect(names('请示上级后再议，并申请经费。')).toEqual([]);
  });
});

describe('who acts, read more closely', () => {
  const zh = (t: string) => findAssignees(t, 'zh').map((a) => a.name);
  const en = (t: string) => findAssignees(t, 'en').map((a) => a.name);
  it('an act after 要求 names no one ("要求抓紧办理"); 负责人 is a noun; a subject stops at its adverb', () => {
    expect(zh('会议要求抓紧办理前期手续。')).toEqual([]);
    expect(zh('会议听取了科技处负责人关于保密工作的汇报，后续事宜由科技处负责落实。')).toEqual(['科技处']);
    expect(zh('各部门认真抓好实验室安全工作要落到实处。')).toEqual(['各部门']);
    expect(zh('市外轮供应公司应将房屋交给宾馆。')).toEqual(['市外轮供应公司']);
  });
  it('owners after an action mark, work given in the passive, and not the one written to', () => {
    expect(en('Action – JK has requested a meeting with the builders.')).toEqual(['JK']);
    expect(en('Action – Mr Burgess/JK')).toEqual(['Mr Burgess', 'JK']);
    expect(en('The Investments Manager will be required to make a follow-up.')).toEqual(['The Investments Manager']);
    expect(en('The Clerk was asked to write to Mrs Phillips to thank her.')).toEqual(['The Clerk']);
  });
});

describe('English work placed with someone in the passive', () => {
  const names = (t: string) => findAssignees(t, 'en').map((a) => a.name);
  it('"responsibility will be with X", "will be handled by X", and "To be prepared by X" after the item’s heading', () => {
    expect(names('Overall responsibility will be with DCS, who will review it. The web component will be handled by PPA.')).toEqual(['DCS', 'PPA']);
    expect(names('Annual calendar for 2022 To be prepared by HRO with the unit heads.')).toEqual(['HRO']);
    expect(names('The report was prepared by Mr Smith last year.')).toEqual([]);
  });
});

describe('English owners after initials and titles', () => {
  const names = (t: string) => findAssignees(t, 'en').map((a) => a.name);
  it('an initial or a title does not end the sentence; a person opening a future act owns it', () => {
    expect(names('J. Hastings motioned, second by A. Simonson to accept the syllabus.')).toEqual([]);
    expect(names('Rob will write to the county about the road.')).toEqual(['Rob']);
    expect(names('This will be reviewed next month.')).toEqual([]);
  });
});

describe('Chinese requests inside a clause', () => {
  const names = (t: string) => findAssignees(t, 'zh').map((a) => a.name);
  it('"…移请X施作", "…如有困难请X提出", after a full stop typed in ASCII; not the act asked for, nor a polite request', () => {
    expect(names('绿化工程设计后移请公园处施作。')).toEqual(['公园处']);
    expect(names('如有后续执行困难请更新处提出讨论。')).toEqual(['更新处']);
    expect(names('同意：9 票通过议案. 请总干事找锁匠更换门锁.')).toEqual(['总干事']);
    expect(names('请各位理事参考书面所附之作息表。')).toEqual(['各位理事']);
    expect(names('访视结果及后续处理方式，请签报局长。')).toEqual([]);
    expect(names('如拟撤案，请查明后回报局长知悉。')).toEqual([]);
    expect(names('财产转移亦请妥适办理。')).toEqual([]);
    expect(names('本案申请科技处补助经费。')).toEqual([]);
    expect(names('再次请各委员于发言时先举手。')).toEqual([]);
  });
});
