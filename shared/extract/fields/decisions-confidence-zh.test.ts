import { describe, expect, it } from 'vitest';
import { extractFromText } from '../index';

// An executive meeting's topics, each with its outcome under "议定：", the last one's outcome numbered.
const page = [
  '上高县人民政府第32次常务会议纪要',
  '3月24日，县长刘平主持召开了县人民政府第32次常务会议。现将会议主要内容纪要如下：',
  '一、关于2010年财政收入目标任务分配问题',
  '议定：原则同意2010年财政收入目标任务分配方案，请县财政局按照会议讨论意见作进一步修改完善。',
  '二、关于推进2010年重点项目建设意见',
  '议定：原则同意《关于推进2010年重点项目建设的意见》，请县发改委按会议讨论意见作进一步修改完善。',
  '三、关于上高县“十二五”规划编制工作实施方案',
  '议定：1、成立上高县“十二五”规划编制工作领导小组，由常务副县长刘军生任组长。',
  '2、领导小组下设办公室，办公室设在县发改委。',
];

describe('a numbered outcome list under one topic among several', () => {
  it('is not read as the whole record’s decisions with confidence', () => {
    const d = extractFromText(page.join('\n'));
    expect(d.decisions.length).toBeGreaterThan(0);
    expect(d.fields.decisions?.confidence ?? 0).toBeLessThan(0.9);
  });
});
