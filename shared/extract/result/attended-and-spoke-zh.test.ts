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

// A bureau's news item with no headline: the meeting held to relay and study, its head "presided and spoke".
const untitled = '10月25日，省信访局召开局务会（扩大）视频会议，传达学习国家信访局专题会议精神，研究贯彻落实意见。局长秦某某主持会议并讲话。\n会议要求，全省各级各部门要深刻认识专项工作的重要意义，切实增强责任感和紧迫感，确保圆满完成化解任务。';

describe('a leader who presided and spoke, the meeting held only to relay and study', () => {
  it('is a story about the meeting where no headline names it as the body’s record', () => {
    const d = extractFromText(untitled);
    expect(d.isMinutes).toBe(false);
    expect(d.reason).toMatch(/speech narrated/);
  });

  it('is the body’s record under a headline naming the meeting held', () => {
    expect(extractFromText(`省信访局召开局务会议\n${untitled}`).isMinutes).toBe(true);
  });
});
