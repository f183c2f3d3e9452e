import { describe, expect, it } from 'vitest';
import { extractFromText } from '../index';

/** A guide's page told by its heading asking how: "怎样写好…纪要", "如何撰写…纪要". */
const guide = (title: string) =>
  [
    title,
    '会议纪要适用于记录和传达会议情况和议定事项。',
    '01',
    '标题',
    '会议纪要的标题一般由会议名称加纪要组成，比如某公司2006年度工作总结会议纪要。',
    '02',
    '正文',
    '决议会议纪要正文包括引言和决议事项。会议决定：各单位按期完成任务。',
  ].join('\n');

describe('a writing guide whose heading asks how to write minutes', () => {
  it.each(['怎样写好会议纪要', '如何撰写会议纪要', '怎样撰写党支部会议纪要', '官员会议记录，如何做？——《如何做会议记录》第二弹'])('is no minutes: %s', (title) => {
    const d = extractFromText(guide(title));
    expect(d.isMinutes).toBe(false);
  });

  it('leaves a record alone whose heading names its meeting', () => {
    const d = extractFromText(
      ['某县林业局2023年第3次局务会议纪要', '2023年5月10日，局长张某某主持召开局务会议。参加：李某、王某、赵某。', '会议决定：一、各股室于6月底前完成森林防火检查，由李某牵头。'].join('\n'),
    );
    expect(d.isMinutes).toBe(true);
  });
});
