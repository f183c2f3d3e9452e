import { describe, expect, it } from 'vitest';
import { extractFromText } from '../index';

// Made-up team notes: a to-do or next-step head, on its own line or with its first task beside it.
const NOTES: [string, string[]][] = [
  [['小组会议记录', '参加人员：王雨 李明 张强', '', '报告事项：完成登录页面', '', '待办事项：完成蓝牙模块联调', '整理测试数据', '修正图片上传失败问题', '', '下次开会时间：2023/05/10'].join('\n'), ['完成蓝牙模块联调', '整理测试数据', '修正图片上传失败问题']],
  [['專題會議記錄', '出席：陳一 林二 黃三', '', '代辦事項：伺服器環境架設', '\t資料庫欄位調整', '', '下次開會：5/20'].join('\n'), ['伺服器環境架設', '資料庫欄位調整']],
  [['# 项目会议纪要', '- 参会人员：王雨、李明', '', '## 一、讨论内容', '- 前端进度正常', '', '## 二、后续安排', '1. 王雨于周五前完成接口文档', '2. 李明负责部署测试环境', '', '## 三、备注', '无'].join('\n'), ['王雨于周五前完成接口文档', '李明负责部署测试环境']],
  [['周例会记录', '与会人员：赵敏 钱亮', '', '本周进展：完成数据清洗', '', '下周任务：', '- 赵敏完成模型训练', '- 钱亮撰写实验报告'].join('\n'), ['赵敏完成模型训练', '钱亮撰写实验报告']],
];

describe('tasks under a to-do or next-step head', () => {
  it.each(NOTES)('%s', (text, tasks) => {
    const got = extractFromText(text).decisions.map((d) => d.text);
    expect(got).toHaveLength(tasks.length);
    tasks.forEach((t, k) => expect(got[k].startsWith(t)).toBe(true));
  });
  it('a plan is no task list', () => {
    const text = ['小组会议记录', '参加人员：王雨 李明', '', '后续计划：', '- 考虑增加收藏功能', '- 或许与用户系统集成'].join('\n');
    expect(extractFromText(text).decisions).toHaveLength(0);
  });
});
