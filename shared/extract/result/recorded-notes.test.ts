import { describe, expect, it } from 'vitest';
import { extractFromText } from '../index';
import { recordedNotes } from './recorded-notes';

// A team's first meeting: its time, who kept the notes, and what was settled; no list of who attended.
const notes = (recorder: string) =>
  ['3.14 数据库课程设计小组第一次会议', '会议时间：3.14 19:00~20:30', '会议地点：图书馆研讨室', recorder, '会议主要内容：', '① 确定了选题为“社区图书借阅系统”；', '② 孙某进行分工，确定每个人负责的模块；', '③ 约定下周五前完成需求分析初稿。'].join('\n');

describe('a dated meeting’s notes naming their recorder, no one listed as attending', () => {
  const recorders = ['记录人：孙某', '记录：孙某', '纪录人：孙某'];
  for (const r of recorders) {
    it(`reads the notes as a record: ${r}`, () => expect(extractFromText(notes(r)).isMinutes).toBe(true));
  }

  it('wants the recorder, the meeting and what it settled together', () => {
    const st = { meeting: true, people: false, outcomes: true, recorded: true };
    expect(recordedNotes(st, { recorder: true })).toBe(true);
    expect(recordedNotes(st, { recorder: false })).toBe(false);
    expect(recordedNotes({ ...st, outcomes: false }, { recorder: true })).toBe(false);
    expect(recordedNotes({ ...st, meeting: false }, { recorder: true })).toBe(false);
  });

  it('leaves a template’s recorder blank refused', () => {
    const form = ['会议时间：____年__月__日', '会议地点：________', '记录人：________', '会议主要内容：', '① 确定了________；', '② ________'].join('\n');
    expect(extractFromText(form).isMinutes).toBe(false);
  });
});
