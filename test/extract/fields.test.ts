import { describe, expect, it } from 'vitest';
import { findDates } from '../../shared/extract/dates';
import { parseNumbering } from '../../shared/extract/numbering';
import { splitList, splitCjkSpaced } from '../../shared/extract/lists';
import { findAssignees } from '../../shared/extract/assignees';
import { findDeadline } from '../../shared/extract/deadlines';
import { findPresider, readEnAttendance, readZhAttendance, zhNameFrom } from '../../shared/extract/people';
import { zhAttendanceSentence } from '../../shared/extract/attendance';
import { parseLabel } from '../../shared/extract/labels';

describe('dates', () => {
  const iso = (s: string) => findDates(s).map((d) => d.iso);
  it.each([
    ['二〇〇四年五月二十六日', '2004-05-26'],
    ['2004年5月26日', '2004-05-26'],
    ['2004-05-26', '2004-05-26'],
    ['May 26 2004', '2004-05-26'],
    ['On May 26, 200x, the meeting', 'XXXX-05-26'],
    ['26 May 2007', '2007-05-26'],
    ['8th May 2014', '2014-05-08'],
    ['held on Wednesday 9 May, 2018', '2018-05-09'],
    ['Sep. 30, 2016', '2016-09-30'],
    ['xx年2月2日上午', 'XXXX-02-02'],
    ['***年1月27日下午', 'XXXX-01-27'],
    ['9 月 1 日下午', 'XXXX-09-01'],
    ['Date: 12/03/2021', '2021-03-12'],
    ['on 03/25/2021', '2021-03-25'],
  ])('%s → %s', (text, want) => {
    expect(iso(text)[0]).toBe(want);
  });
  it('does not read the verb "may" as a month', () => {
    expect(iso('members may 2 be late')).toEqual([]);
  });
});

describe('numbering', () => {
  it.each([
    ['一、关于XX问题', 'cn', 1],
    ['（二）会议同意', 'cnParen', 2],
    ['3. The Clerk', 'arabic', 3],
    ['4、节后召开', 'arabic', 4],
    ['⑤ 落实', 'circled', 5],
    ['第一，加强', 'cnOrdinal', 1],
    ['二是加强领导', 'cnShi', 2],
    ['Second, we must', 'enOrdinal', 2],
    ['The third is to', 'enTheIs', 3],
    ['1-0607/8 - Welcome', 'arabicRef', 1],
  ])('%s', (text, style, value) => {
    const n = parseNumbering(text);
    expect(n?.style).toBe(style);
    expect(n?.value).toBe(value);
  });
  it('continues "First … Fourth" with a cardinal word', () => {
    expect(parseNumbering('Five grasps the inspection', 5)?.value).toBe(5);
    expect(parseNumbering('Five grasps the inspection', 0)).toBeNull();
  });
  it('leaves amounts and bare numbers alone', () => {
    expect(parseNumbering('1.5 million')).toBeNull();
    expect(parseNumbering('12.')).toBeNull();
  });
});

describe('lists', () => {
  it('splits on 、，; and the joining words', () => {
    expect(splitList('县委、县人大，县政府；县政协')).toEqual(['县委', '县人大', '县政府', '县政协']);
    expect(splitList('张静和刘航空')).toEqual(['张静', '刘航空']);
    expect(splitList('the county government, and the city bureau')).toEqual(['the county government', 'the city bureau']);
  });
  it('keeps 各X及Y together', () => {
    expect(splitList('各职能部门及科室')).toEqual(['各职能部门及科室']);
  });
  it('joins single characters padded with spaces', () => {
    expect(splitCjkSpaced('黄德宝 张 静 刘航空')).toEqual(['黄德宝', '张 静', '刘航空']);
  });
});

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

describe('deadlines', () => {
  it('reads Chinese deadlines and computes the date from the meeting date', () => {
    expect(findDeadline('由区财政局牵头，6月底前完成。', 'zh', '2019-05-26')).toMatchObject({ phrase: '6月底前', dueDate: '2019-06-30' });
    expect(findDeadline('须于5月20日前上报。', 'zh', '2019-05-06')).toMatchObject({ phrase: '于5月20日前', dueDate: '2019-05-20' });
    expect(findDeadline('限期15日内整改。', 'zh', '2019-05-06')).toMatchObject({ phrase: '限期15日内', dueDate: '2019-05-21' });
    expect(findDeadline('力争7月中旬前完成。', 'zh', '2019-05-06')?.dueDate).toBe('2019-07-20');
  });
  it('reads week-day and season deadlines', () => {
    expect(findDeadline('由办公室负责，本周五前报送。', 'zh', '2019-05-06')).toMatchObject({ phrase: '本周五前', dueDate: '2019-05-10' });
    expect(findDeadline('下周一前完成。', 'zh', '2019-05-08')?.dueDate).toBe('2019-05-13');
    expect(findDeadline('汛前完成隐患排查。', 'zh', '2019-05-08')).toEqual({ phrase: '汛前', index: 0 });
  });
  it('rolls a month before the meeting into the next year', () => {
    expect(findDeadline('2月底前完成。', 'zh', '2019-11-06')?.dueDate).toBe('2020-02-29');
  });
  it('leaves dueDate out when the meeting year is unknown', () => {
    const d = findDeadline('to conduct an inspection in mid-June.', 'en', 'XXXX-05-26');
    expect(d?.phrase).toBe('mid-June');
    expect(d?.dueDate).toBeUndefined();
  });
  it('reads English deadlines', () => {
    expect(findDeadline('report back by 30 June 2019.', 'en', '2019-05-01')).toMatchObject({ phrase: 'by 30 June 2019', dueDate: '2019-06-30' });
    expect(findDeadline('report back at the next meeting.', 'en', null)?.phrase).toBe('at the next meeting');
    expect(findDeadline('the team was sent on 27 May', 'zh', null)).toBeNull();
  });
  it('is not a deadline without 前/内/底', () => {
    expect(findDeadline('首批医疗队已于27日上午派遣到位。', 'zh', '2016-09-27')).toBeNull();
  });
});

describe('people', () => {
  it('finds the presider in Chinese sentences and labels', () => {
    expect(findPresider('会议由常务副院长乙军主持，主要内容如下：', 'zh')?.name).toBe('乙军');
    expect(findPresider('区政府代理区长毛志强在区应急管理局二楼会议室主持召开常务会议', 'zh')?.name).toBe('毛志强');
    expect(findPresider('胡永光区长主持召开区政府第86次常务会议', 'zh')?.name).toBe('胡永光');
    expect(findPresider('（主持人:黄德宝 汇报人:郭媛媛）', 'zh')?.name).toBe('黄德宝');
    expect(findPresider('学院召开2022年第17次党政联席会议。', 'zh')).toBeNull();
    expect(findPresider('常务副校长在206会议室主持召开了校务会', 'zh')).toBeNull();
  });
  it('finds the presider in English', () => {
    expect(findPresider('the leader of the county group xxx presided over the meeting', 'en')?.name).toBe('xxx');
    expect(findPresider('Dan Middleton (DM) opened the call at 7:04am', 'en')?.name).toBe('Dan Middleton');
  });
  it('strips titles from Chinese names', () => {
    expect(zhNameFrom('市委常委、常务副市长陈勇')).toBe('陈勇');
    expect(zhNameFrom('張主任')).toBe('張主任');
  });
  it('reads attendance lists', () => {
    expect(readZhAttendance('黄德宝 管清美 张 静')).toEqual(['黄德宝', '管清美', '张 静']);
    const en = readEnAttendance('Cllr Mr G. Hotchkin – Chairman, Cllrs J Frizzell, G Frizzell and the Clerk – Adrian Illingworth');
    expect(en.names).toEqual(['G. Hotchkin', 'J Frizzell', 'G Frizzell', 'Adrian Illingworth']);
    expect(en.chair).toBe('G. Hotchkin');
    expect(zhAttendanceSentence('区人大常委会主任孙强，副主任刘顺林、苗宗启出席了会议。')).toEqual(['孙强', '刘顺林', '苗宗启']);
    expect(zhAttendanceSentence('参加会议的有市商委、市国土房管局等有关部门的负责同志。')).toEqual(['市商委', '市国土房管局']);
    expect(zhAttendanceSentence('常务副市长陈勇率市环保局李春文、苏开伟、市供排水公司柴文光到中烟公司召开现场办公会。')).toEqual(['李春文', '苏开伟', '柴文光']);
    expect(zhAttendanceSentence('会议效率提高到新水平。')).toEqual([]);
  });
});

describe('labels', () => {
  it('reads labels with spaces inside and distribution roles', () => {
    expect(parseLabel('出 席：关成启、王鲁豫')).toMatchObject({ kind: 'attendance', value: '关成启、王鲁豫' });
    expect(parseLabel('抄送：区委办公室')).toMatchObject({ kind: 'distribution', role: 'copy' });
    expect(parseLabel('Present: Cllr A')).toMatchObject({ kind: 'attendance' });
    expect(parseLabel('The meeting decided:')).toBeNull();
  });
});
