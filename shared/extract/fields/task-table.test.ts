import { describe, expect, it } from 'vitest';
import { extractFromText } from '../index';

// A task table as text rows under the decisions heading, its columns in several orders and labels.
const ROWS = [
  ['1', '完成大桥主体工程验收', '市交通局', '2023年10月底前'],
  ['2', '制定片区控制性详细规划', '市规划局、市住建局', '2023年12月31日前'],
  ['3', '落实项目融资方案', '市财政局', '9月底前'],
];
const HEADS: [string, string[], number[]][] = [
  ['task, owner, due', ['序号', '工作任务', '责任单位', '完成时限'], [0, 1, 2, 3]],
  ['due before owner', ['序号', '工作事项', '完成时间', '牵头单位'], [0, 1, 3, 2]],
  ['Traditional labels', ['序號', '工作任務', '責任單位', '完成時限'], [0, 1, 2, 3]],
];

describe('a task table printed as text rows', () => {
  it.each(HEADS)('gives each row its owners and deadline, the header none (%s)', (_, head, order) => {
    const row = (r: string[]) => order.map((k) => r[k]).join(' | ');
    const doc = ['某市政府专题会议纪要', '会议议定事项', head.join(' | '), ...ROWS.map(row)].join('\n');
    const d = extractFromText(doc).decisions;
    expect(d.map((x) => [x.assignees, x.due])).toEqual([
      [['市交通局'], '2023年10月底前'],
      [['市规划局', '市住建局'], '2023年12月31日前'],
      [['市财政局'], '9月底前'],
    ]);
    d.forEach((x, i) => expect(x.text).toContain(ROWS[i][1]));
  });
});
