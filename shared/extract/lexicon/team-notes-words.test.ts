import { describe, expect, it } from 'vitest';
import { extractFromText } from '../index';
import { parseLabel } from '../segment/labels';

describe('the words of a team’s notes', () => {
  it('"组员：" lists who attended', () => {
    expect(parseLabel('组员：林轩宇、吴宣霈、王玺铭')).toMatchObject({ kind: 'attendance', value: '林轩宇、吴宣霈、王玺铭' });
  });

  it('"会后共识：" labels what the meeting agreed', () => {
    const text = ['专题小组会议记录', '时间：2022年2月24日', '组员：林轩宇、吴宣霈、王玺铭', '一、题目讨论', '会后共识：不透过任何事先定义的规则，而是让机器人自动进行长时间的对战学习。', '二、进度', '会后共识：阅读相关的人工智慧论文并进行汇整。'].join('\n');
    const d = extractFromText(text);
    expect(d.attendees).toEqual(['林轩宇', '吴宣霈', '王玺铭']);
    expect(d.decisions.map((x) => x.text)).toEqual([expect.stringContaining("会后共识：不透过任何事先定义的规则"), expect.stringContaining("会后共识：阅读相关的人工智慧论文")]);
  });
});
