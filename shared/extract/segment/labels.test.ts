import { describe, expect, it } from 'vitest';
import { parseLabel } from './labels';

describe('labels', () => {
  it('reads labels with spaces inside and distribution roles', () => {
    expect(parseLabel('出 席：关成启、王鲁豫')).toMatchObject({ kind: 'attendance', value: '关成启、王鲁豫' });
    expect(parseLabel('抄送：区委办公室')).toMatchObject({ kind: 'distribution', role: 'copy' });
    expect(parseLabel('Present: Cllr A')).toMatchObject({ kind: 'attendance' });
    expect(parseLabel('The meeting decided:')).toBeNull();
  });
});

describe('English labels set off by a semicolon', () => {
  it('"Present ; Cllrs …" and "Apologies ; …" are labels; a sentence with a semicolon is not', () => {
    expect(parseLabel('Present ; Cllrs A Smith (Chair), B Jones')).toMatchObject({ kind: 'attendance', value: 'Cllrs A Smith (Chair), B Jones' });
    expect(parseLabel('Apologies ; Cllr D Green')?.kind).toBe('absence');
    expect(parseLabel('The hall was booked; the fee was paid')).toBeNull();
  });
});

describe('labels built from a verb and who, and headings printed alone', () => {
  it('出席委员 / 缺席委员 / 列席职员 and English headings without a colon', () => {
    expect(parseLabel('出席委员 :')?.kind).toBe('attendance');
    expect(parseLabel('缺席委员 :')?.kind).toBe('absence');
    expect(parseLabel('列席职员：王五')).toMatchObject({ kind: 'attendance', value: '王五' });
    expect(parseLabel('Voting Member Attendees')?.kind).toBe('attendance');
    expect(parseLabel('Voting Member Regrets')?.kind).toBe('absence');
    expect(parseLabel('Members present')?.kind).toBe('attendance');
    expect(parseLabel('Present the budget to the board')).toBeNull();
  });
  it('OA form fields are page metadata, not the minutes', () => {
    expect(parseLabel('收文日期：2023年3月10日')?.kind).toBe('meta');
    expect(parseLabel('来文单位：县人民政府办公室')?.kind).toBe('meta');
  });
});

describe('English attendance headings named by a group', () => {
  it('"Council in Attendance:", "Staff Present:", "The following officials were present:"', () => {
    expect(parseLabel('Council in Attendance:')?.kind).toBe('attendance');
    expect(parseLabel('Staff Present: J. Bunn, K. Bos')?.kind).toBe('attendance');
    expect(parseLabel('The following officials were present:')?.kind).toBe('attendance');
    expect(parseLabel('Members Absent: A. Smith')?.kind).toBe('absence');
  });
});

describe('a heading said as the start of a sentence', () => {
  it('"Present at the meeting were:" and "Those present were:" head a list; other sentences with a colon do not', () => {
    expect(parseLabel('Present at the meeting were:')).toMatchObject({ kind: 'attendance', value: '' });
    expect(parseLabel('Those present were: A Bell, C Dunn')).toMatchObject({ kind: 'attendance', value: 'A Bell, C Dunn' });
    expect(parseLabel('The budget was presented:')).toBeNull();
  });
});

describe('a note page\'s markup around a label', () => {
  it('reads a label after a list\'s dash, a heading\'s marks or set in bold, the value where it is printed', () => {
    expect(parseLabel('- Present: Ann Lowe, Bo Tran')).toMatchObject({ kind: 'attendance', value: 'Ann Lowe, Bo Tran', valueAt: 11, bulleted: true });
    expect(parseLabel('**Present:** Ann Lowe')).toMatchObject({ kind: 'attendance', value: 'Ann Lowe', valueAt: 13 });
    expect(parseLabel('**Chair**: Bo Tran')).toMatchObject({ kind: 'presider', value: 'Bo Tran' });
    expect(parseLabel('## Attendees')).toMatchObject({ kind: 'attendance', value: '' });
    expect(parseLabel('- 出席：张三、李四')).toMatchObject({ kind: 'attendance', value: '张三、李四', valueAt: 5 });
    expect(parseLabel('- 2 -')).toBeNull();
  });

  it('reads an attendance heading that names the meeting after its word ("Participants in the meeting")', () => {
    expect(parseLabel('Participants in the meeting')).toMatchObject({ kind: 'attendance', value: '' });
    expect(parseLabel('Present at the meeting: Ann Lowe, Bo Tran')).toMatchObject({ kind: 'attendance', value: 'Ann Lowe, Bo Tran' });
    expect(parseLabel('Minutes of the meeting')?.kind).not.toBe('attendance');
  });

  it('reads a label set in italics, a single star against its words, under a heading\'s marks', () => {
    expect(parseLabel('###### *参与人员*：王梦瑶，李珊')).toMatchObject({ kind: 'attendance', value: '王梦瑶，李珊', valueAt: 14 });
    expect(parseLabel('*记录人*：李珊')).toMatchObject({ kind: 'recorder', value: '李珊' });
    expect(parseLabel('*Present*: Ann Lowe, Bo Tran')).toMatchObject({ kind: 'attendance', value: 'Ann Lowe, Bo Tran' });
    // A star set apart by a space is a bullet, as before; a star in the words is no emphasis.
    expect(parseLabel('* Present: Ann Lowe')).toMatchObject({ kind: 'attendance', value: 'Ann Lowe' });
    expect(parseLabel('*Note that the chair was absent')).toBeNull();
  });
});

describe('a label set off by a dash', () => {
  it('reads the chair\'s and attendance\'s words before a spaced dash when a person follows, not an agenda\'s item', () => {
    expect(parseLabel('Chairman - Mr Owen Pryce')).toMatchObject({ kind: 'presider', value: 'Mr Owen Pryce' });
    expect(parseLabel('Apologies – Cllr T. Vance, Cllr R. Moy')).toMatchObject({ kind: 'absence', value: 'Cllr T. Vance, Cllr R. Moy' });
    expect(parseLabel('Chair – Opening Remarks')).toBeNull();
    expect(parseLabel('Staff – Budget Update')).toBeNull();
  });

  it('reads a roll of first names after an attendance dash, not a chair\'s word before one name or an agenda\'s items', () => {
    expect(parseLabel('Present - Mark (Chair), Dorothy, Tony, Brenda, Michael, Geoff')).toMatchObject({ kind: 'attendance', value: 'Mark (Chair), Dorothy, Tony, Brenda, Michael, Geoff' });
    expect(parseLabel('Apologies – Robin, Les and Stuart')).toMatchObject({ kind: 'absence' });
    expect(parseLabel('Chair – Mark, Dorothy, Tony')).toBeNull();
    expect(parseLabel('Present – Minutes, Agenda, Reports')).toBeNull();
  });
});

describe('a dash label before surnames in capitals', () => {
  it('reads the list when its first person is a post and initials before a surname in capitals', () => {
    expect(parseLabel('Members Present – Chairman K LOWRY, Councillors M DUNNE, P HART')).toMatchObject({ kind: 'attendance', value: 'Chairman K LOWRY, Councillors M DUNNE, P HART' });
    expect(parseLabel('Chair – AGENDA REVIEW')).toBeNull();
  });
});
