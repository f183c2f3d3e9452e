import { describe, expect, it } from 'vitest';
import { extractFromText } from '../index';

// A department's news column: the quarterly meeting held, its head "attended and spoke", and only the meeting's views told.
const story = (acts: string) =>
  `县卫生健康委召开2025年第三次季度例会\n2025年9月5日，县卫生健康系统召开领导干部第三次季度例会。县卫生健康委党委书记、主任罗某某出席会议并讲话。县卫生健康委副主任周某主持会议。\n${acts}会议指出，二季度，全县卫生健康系统上下勠力同心，取得了新成效新进展。\n会议强调，全县卫生健康系统要深刻剖析当前面临的短板不足，确保全年目标任务高质量完成。\n委机关中层干部、各卫生健康单位领导班子成员参加会议。`;

describe('a leader who attended and spoke, the meeting only stating views', () => {
  it('is a story about the meeting', () => {
    const d = extractFromText(story(''));
    expect(d.isMinutes).toBe(false);
    expect(d.reason).toMatch(/speech narrated/);
  });

  it('is the record when the meeting did something of its own', () => {
    expect(extractFromText(story('会议听取了各单位二季度工作情况汇报，审议了《县卫生健康系统三季度工作安排》。\n')).isMinutes).toBe(true);
  });
});
