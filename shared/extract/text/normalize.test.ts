import { describe, expect, it } from 'vitest';
import { detectLang } from './normalize';

describe("a document's language", () => {
  it('is told by its lines of text, not by the menus of the site that serves it', () => {
    const menus = ['首页', '学院概况', '师资队伍', '人才培养', '科学研究', '党建工作', '学生工作', '信息公开', '下载中心', '联系我们', '当前位置：首页 > 信息公开', '发布者：管理员  浏览次数：208'];
    const record = [
      'Minutes of the Graduate Studies Board, meeting of 3 May 2021',
      'Present: the Dean (Chair), four programme directors and the board secretary',
      'The board reviewed the thesis submission calendar and approved the revised deadlines.',
      'It was agreed that the external examiner list be circulated before the next meeting.',
    ];
    expect(detectLang([...menus, ...record].join('\n'))).toBe('en');
  });
  it('is Chinese for a Chinese record, with an English line or two', () => {
    const text = ['某某学院教授委员会会议纪要', '时间：2021年5月3日', 'Present: see the sign-in sheet', '会议审议了研究生培养方案修订稿，同意提交学校学位评定委员会审定，并要求各系在下周五前反馈修改意见。'].join('\n');
    expect(detectLang(text)).toBe('zh');
  });
  it('is told by all its characters on a page of short lines', () => {
    expect(detectLang('会议纪要\n时间：5月3日\nChair: Li')).toBe('zh');
    expect(detectLang('Minutes\nDate: 3 May\n主持')).toBe('en');
  });
});
