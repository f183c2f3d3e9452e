import { describe, expect, it } from 'vitest';
import { extractFromText } from '../index';
import { cutAtPageEnd, decisionDoubted } from './decision-doubt';

describe('a decision item that is only a motion title, or cut at a comma', () => {
  it.each([
    ['11:01–11:05 Motion to adopt the voting system, Greg Brimble', 'en'],
    ['Motion re the hall hire fees', 'en'],
    ['合约要显示 提供资讯，', 'zh'],
    ['同意增补甲公司、', 'zh'],
    // Two items read as one: a sentence running into the next item's number, or sub-items run together.
    ['通過,整理後將食材需求單交由合作社代辦採購。(二)、報告異動學生二名。', 'zh'],
    ['同意修订章程；三、研究了下半年工作', 'zh'],
    ['小读者领书要求及规则:1.1需携带借阅卡;1.2每人每次领取一册', 'zh'],
    ['Budget: 2.1 fees raised to $40; 2.2 hall hire renewed', 'en'],
    // A table's row read whole, its cells not read apart.
    ['| **任务** | **负责人** | **DDL** |', 'zh'],
    ['| ---- | ---- | ---- |', 'en'],
  ] as const)('doubts %s', (t, lang) => expect(decisionDoubted(t, lang)).toBe(true));

  it.each([
    ['Motion to adopt the agenda carried unanimously.', 'en'],
    ['THAT the minutes of the regular meeting be adopted as circulated.', 'en'],
    ['同意增补甲公司为常务副会长单位。', 'zh'],
    ['同意拨付经费2.5万元，用于1.2期工程。', 'zh'],
    ['That the 3.1 report be received. Carried.', 'en'],
    ['同意第(二)项方案。', 'zh'],
  ] as const)('trusts %s', (t, lang) => expect(decisionDoubted(t, lang)).toBe(false));

  it('makes a list under a decisions heading a reading when one item is a bare motion title', () => {
    const text =
      'Club Annual General Meeting 2021\n\nMinutes\n\n- 2021-02-26 11:00 Call to order\n\nMotions\n\n- 11:01–11:05 Motion to adopt the voting system, Ann Lee\n\n  Ann Lee moves to adopt the STV election method.\n\n  Motion carried unanimously.\n- Bob Roe moves to suspend the rules.\n  Motion carried unanimously.\n\nReports\n\n- 11:05 Treasurer\'s report, Cy Poe\n';
    const d = extractFromText(text);
    expect(d.decisions.length).toBeGreaterThan(0);
    expect(d.fields.decisions?.confidence).toBeLessThanOrEqual(0.8);
  });
});

describe('more motions carried than decisions read', () => {
  const record = (fourth: string) =>
    [
      'REGULAR COUNCIL MEETING MINUTES THURSDAY, MAY 25, 2017',
      '17-91 MOVED by Deputy Mayor St. Amand that the May 25, 2017 Agenda be approved as presented. CARRIED',
      '17-92 MOVED by Councillor Breton that the minutes of the May 1, 2017 meeting be approved as presented. CARRIED',
      '17-95 MOVED by Councillor Breton that Bylaw 447-17 be given second reading. CARRIED',
      fourth,
    ].join('\n');

  it('makes the list a reading when an outcome stands where no motion was read', () => {
    // A motion's words lost with the page's layout: only its number and outcome are left.
    const d = extractFromText(record('4. DELEGATIONS Wendy Henderson, on drainage (6:05 p.m.) 17-93 on the question of the drainage ditch. CARRIED'));
    expect(d.decisions).toHaveLength(3);
    expect(d.fields.decisions?.confidence).toBeLessThanOrEqual(0.8);
  });

  it('trusts it when every outcome has its motion, and work "carried out" is no outcome', () => {
    const d = extractFromText(record('Mayor Giesbrecht thanked the crew who carried out the grading.'));
    expect(d.decisions).toHaveLength(3);
    expect(d.fields.decisions?.confidence).toBeGreaterThanOrEqual(0.9);
  });
});

describe("a resolution's parts left unread", () => {
  const record = (parts: string[]) =>
    [
      'LICENSING COMMITTEE',
      'Minutes of a meeting of the Licensing Committee held on 14 September 2005',
      'Present: Councillor A. Brown (Chairman); Councillors C. Dean, E. Fox and G. Hill.',
      '12. MINUTES',
      'RESOLVED that the Minutes of the meeting held on 10th May, 2005 be approved as a correct record and signed.',
      ...parts,
      '13. EXCLUSION OF THE PUBLIC',
      'RESOLVED that members of the Press and public be excluded from the meeting for the following item.',
      '14. PROGRESS REPORT',
      'RESOLVED that progress to date of the Licensing Sub-Committees be noted.',
      'The meeting closed at 9.22 p.m.',
    ].join('\n');

  it('makes the list a reading when "(i) … be approved" stands outside every decision read', () => {
    const d = extractFromText(
      record([
        '(i) subject to the alteration of the time of the close of the meeting, the Minutes of the Sub-Committee held on 28th June be approved as a correct record; and',
        '(ii) the Minutes of the Sub-Committee held on 31st May be noted and submitted to the next meeting.',
      ]),
    );
    expect(d.isMinutes).toBe(true);
    expect(d.decisions.some((x) => x.text.startsWith('(i)') || x.text.includes('28th June'))).toBe(false);
    expect(d.fields.decisions?.confidence).toBeLessThanOrEqual(0.8);
  });

  it('trusts the list when no such part is left over', () => {
    const d = extractFromText(record([]));
    expect(d.decisions).toHaveLength(3);
    expect(d.fields.decisions?.confidence).toBeGreaterThanOrEqual(0.9);
  });
});

describe('an outcome told by its vote, left unread', () => {
  const record = (extra: string) =>
    [
      'ENVIRONMENTAL ADVISORY COMMITTEE MEETING MINUTES',
      'Date: Thursday, April 7, 2016',
      'Committee Members: Councillor Mrakas (Chair), Jo Lee, Sam Roe',
      'The Chair called the meeting to order at 7 p.m.',
      'Moved by Jo Lee Seconded by Sam Roe',
      'THAT the agenda as circulated be approved.',
      'CARRIED',
      'Moved by Sam Roe Seconded by Jo Lee',
      'THAT the minutes of March 3, 2016 be received for information.',
      'CARRIED',
      'Moved by Jo Lee Seconded by Sam Roe',
      'THAT the delegation by Ann Poe be received for information.',
      'CARRIED',
      extra,
    ].join('\n');

  it('makes the list a reading: the vote is an outcome in a form not read', () => {
    const d = extractFromText(record('The Committee consented on a two-thirds vote that the delegation be permitted to speak for ten minutes.'));
    expect(d.decisions).toHaveLength(3);
    expect(d.fields.decisions?.confidence).toBeLessThanOrEqual(0.8);
  });

  it('trusts it when no vote stands outside the motions read', () => {
    const d = extractFromText(record('Ms. Poe spoke about the wetland survey.'));
    expect(d.decisions).toHaveLength(3);
    expect(d.fields.decisions?.confidence).toBeGreaterThanOrEqual(0.9);
  });
});

describe('a decision list whose last item runs on to where the page stops', () => {
  const page = 'Council minutes\nResolved: That the agenda be adopted as presented.\nResolved: That the minutes of the special meeting of the Gener';
  it('is cut off with the page, mid-word', () => {
    expect(cutAtPageEnd([{ text: 'That the agenda be adopted as presented.', end: 66 }, { text: 'That the minutes of the special meeting of the Gener', end: page.length }], page)).toBe(true);
  });
  it('is whole where the item closes its sentence, or the page goes on after it', () => {
    expect(cutAtPageEnd([{ text: 'That the agenda be adopted as presented.', end: 66 }], page)).toBe(false);
    const whole = `${page}al Government Committee be approved.`;
    expect(cutAtPageEnd([{ text: 'That the minutes of the special meeting of the General Government Committee be approved.', end: whole.length }], whole)).toBe(false);
    expect(cutAtPageEnd([], page)).toBe(false);
  });
  it('makes the list a reading to check', () => {
    const text = ['Minutes of the General Government Committee', 'Present: Mayor Foster, Councillor Neal, Councillor Hooper', 'Resolution #GG-1-16', 'Moved by Councillor Neal, seconded by Councillor Hooper', 'That the Agenda be adopted as presented.', 'Carried', 'Resolution #GG-2-16', 'Moved by Councillor Hooper, seconded by Councillor Neal', 'That the delegation of Ms. Ward be received with thanks.', 'Carried', 'Resolution #GG-3-16', 'Moved by Councillor Neal, seconded by Councillor Hooper', 'That the report on winter road maintenance be received for information.', 'Carried', 'Resolution #GG-4-16', 'Moved by Councillor Hooper, seconded by Councillor Neal', 'That the minutes of the special meeting of the Gener'].join('\n');
    const d = extractFromText(text);
    expect(d.decisions.length).toBeGreaterThan(0);
    expect(d.fields.decisions?.confidence ?? 0).toBeLessThan(0.9);
  });
});
