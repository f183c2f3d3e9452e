import { describe, expect, it } from 'vitest';
import { Converter } from 'opencc-js';
import { extractFromText } from '../index';

const fold = Converter({ from: 'tw', to: 'cn' });
const RECORD = `臺北市某某區公所會議紀錄
時間：民國112年3月8日下午2時
地點：本所第一會議室
主席：王大明
出席：民政課、社會課、經建課
紀錄：李小華
壹、報告事項：略。
貳、討論事項：
一、案由：本區道路養護經費分配案。
決議：照案通過，由經建課於4月底前辦理。
二、案由：本區志工表揚活動案。
決議：由社會課負責籌辦，於5月20日前完成。
參、臨時動議：無。`;

describe('Traditional-script records, matched on a folded text', () => {
  it('reads the fields and gives them back as printed', () => {
    const d = extractFromText(RECORD, { fold });
    expect(d).toMatchObject({ isMinutes: true, title: '臺北市某某區公所會議紀錄', meetingDate: '2023-03-08', presider: '王大明' });
    expect(d.attendees).toEqual(['民政課', '社會課', '經建課']);
    expect(d.decisions.map((x) => [x.assignees, x.due, x.dueDate])).toEqual([
      [['經建課'], '於4月底前', '2023-04-30'],
      [['社會課'], '於5月20日前', '2023-05-20'],
    ]);
    expect(d.decisions[0].text).toContain('本區道路養護經費分配案');
    expect(d.text).toBe(RECORD);
  });
  it('the folded text keeps every offset', () => {
    expect(fold(RECORD)).toHaveLength(RECORD.length);
  });
});

describe('a string joined from several lines', () => {
  it('comes back as printed, each character as it stood there', () => {
    const printed = '議題4. 討論廠商保證金退回\n之查核流程\n決議: 迴避表決';
    const d = extractFromText(`某社區委員會會議紀錄\n主席：王大明\n${printed}`, { fold });
    const joined = d.decisions.map((x) => x.text).join('');
    expect(joined).toContain('退回之查核流程');
  });
});
