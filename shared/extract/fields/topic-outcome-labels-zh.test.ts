import { describe, expect, it } from 'vitest';
import { extractFromText } from '../index';

// A county executive meeting's topics (made up), each with its outcome under "议定：", the last one's numbered on its line.
const record = [
  '某某县人民政府第32次常务会议纪要',
  '3月24日,县长王某主持召开了县人民政府第32次常务会议。现将会议主要内容纪要如下:',
  '一、关于2010年县本级财政支出预算',
  '会议原则同意2010年县本级财政支出预算,请县财政局按会议讨论意见作进一步修改完善。',
  '二、关于2010年财政收入目标任务分配问题',
  '议定:原则同意2010年财政收入目标任务分配方案,请县财政局按照会议讨论意见作进一步修改完善。',
  '三、关于推进2010年重点项目建设意见',
  '议定:原则同意《关于推进2010年重点项目建设的意见》,请县发改委按会议讨论意见作进一步修改完善。',
  '四、关于“十二五”规划编制工作实施方案',
  '议定:1、成立“十二五”规划编制工作领导小组,由常务副县长李某任组长。',
  '2、规划编制经费由县财政予以保障。',
].join('\n');

describe('a topic’s outcome under "议定："', () => {
  it('leaves the topics the decisions, the last topic’s numbered outcomes its detail', () => {
    const got = extractFromText(record).decisions.map((d) => d.text.slice(0, 16));
    expect(got).toHaveLength(4);
    expect(got[0]).toContain('2010年县本级财政支出');
    expect(got[3]).toContain('十二五');
  });
});
