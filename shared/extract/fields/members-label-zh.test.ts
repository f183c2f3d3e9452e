import { describe, expect, it } from 'vitest';
import { extractFromText } from '../index';

describe('"成员：" heading who attended a team’s meeting', () => {
  it('lists the attendees', () => {
    const d = extractFromText(['# 会议记录', '', '时间：2020/5/21', '', '成员：魏荣来，田鸿龙，张博，陶志豪', '', '会议内容：', '1. 会议确定由魏荣来负责前端管理员界面，本周完成。'].join('\n'));
    expect(d.isMinutes).toBe(true);
    expect(d.attendees).toEqual(['魏荣来', '田鸿龙', '张博', '陶志豪']);
  });

  it('does not make a notice setting up a leading group minutes', () => {
    const d = extractFromText(['关于成立安全生产工作领导小组的通知', '各科室：', '为加强安全生产工作，经研究，决定成立安全生产工作领导小组，成员如下：', '组长：王明', '成员：李华、张强、赵刚', '领导小组下设办公室，负责日常工作。', '特此通知。', 'XX县应急管理局', '2021年3月5日'].join('\n'));
    expect(d.isMinutes).toBe(false);
  });
});
