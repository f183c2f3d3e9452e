import { describe, expect, it } from 'vitest';
import { extractFromText } from '../index';

const STAND_UP = [
  '# 会议信息',
  '',
  '* 时间：2016.10.19 21:00',
  '* 地点：实验楼5楼',
  '* 类型：日常Scrum会议',
  '',
  '# 个人任务报告',
  '',
  '| 姓名 | 今日已完成 | 明日计划 | 工作困难 |',
  '| --- | --- | --- | --- |',
  '| 岳桐宇 | 无 | [#21 设计网页原型](https://example.org/issues/21) | 无 |',
  '| 冯炜韬 | 无 | #37 整理服务器代码<br/>#38 整理部署文档 | 无 |',
  '| 杨子琛 | #12 测试脚本 | 无 | 无 |',
].join('\n');

describe("a stand-up's table of each member's next tasks", () => {
  it("gives each member's plan as that member's task, a cell left 无 giving none", () => {
    const d = extractFromText(STAND_UP);
    expect(d.isMinutes).toBe(true);
    expect(d.decisions.map((x) => [x.text, x.assignees])).toEqual([
      ['#21 设计网页原型', ['岳桐宇']],
      ['#37 整理服务器代码；#38 整理部署文档', ['冯炜韬']],
    ]);
  });

  it('keeps a row printed over several lines whole', () => {
    const d = extractFromText(STAND_UP.replace('#37 整理服务器代码<br/>#38 整理部署文档 | 无 |', '#37 整理服务器代码\n#38 整理部署文档 | 无 |'));
    expect(d.decisions.map((x) => x.assignees[0])).toEqual(['岳桐宇', '冯炜韬']);
  });

  it("is no record where the page names no meeting (a weekly report's plans)", () => {
    const report = ['# 个人周报', '', '* 时间：2016.10.19', '', '| 姓名 | 本周完成 | 下周计划 |', '| --- | --- | --- |', '| 岳桐宇 | 原型 | 设计网页原型 |', '| 冯炜韬 | 无 | 整理服务器代码 |'].join('\n');
    expect(extractFromText(report).isMinutes).toBe(false);
  });
});
