import { describe, expect, it } from 'vitest';
import { extractFromText } from '../index';

/** A minutes title qualified by an aside naming rules or a guide: the page tells how meetings are run, not what one decided. */
const rules = [
  '总经理办公会是一个重要的决策和沟通平台,确保公司各部门之间的协调和合作。以下是总经理办公会议事规则的一些常见要点:',
  '1. 会议召集:总经理或其指定的人员负责召集会议,并提前通知参会人员。',
  '2. 议程准备:总经理办公会议应有明确的议程,列出待讨论的事项。',
  '3. 主持会议:总经理或指定的主持人负责主持会议,确保会议秩序和议程的顺利进行。',
  '4. 记录会议纪要:会议纪要由指定人员记录,记录内容包括会议主题、与会人员、讨论要点、决策结果和行动计划等。',
  '5. 决策和行动计划:会议应力求达成共识,并对需要做出的决策进行讨论和决定。会议纪要中应明确记录决策结果、责任人和完成时限。',
];

describe('a minutes title with an aside naming rules or a guide', () => {
  it.each(['总经理办公会会议纪要(总经理办公会议事规则)', '会议纪要（格式范本）', '办公会议纪要(写法)'])('%s is not minutes', (title) => {
    const d = extractFromText([title, ...rules].join('\n'));
    expect(d.isMinutes).toBe(false);
  });

  it('leaves a minutes title whose aside is its number or date', () => {
    const d = extractFromText(['县政府常务会议纪要（第5期）', '2023年3月2日，县长王某主持召开县政府常务会议。', '一、会议审议通过了《县城市容整治方案》。', '二、会议决定，由县住建局牵头，6月底前完成老旧小区改造。'].join('\n'));
    expect(d.isMinutes).toBe(true);
  });
});

describe('a writing site’s collection of samples', () => {
  it('a heading counting the records under it (…会议记录三篇), their names masked, is not minutes', () => {
    const d = extractFromText(['四议两公开会议记录三篇', '篇一:四议两公开会议记录', '时间:xx年x月xx日', '地点:党员活动室', '出席人:全体党员村民代表', '主持人:xxx(支部书记)', '记录:xxx', '会议纪要:今天召开支部大会，研究建村级网站，一致通过。下一步由xxx同志做好网站的预算工作。', '篇二:四议两公开会议记录'].join('\n'));
    expect(d.isMinutes).toBe(false);
    expect(d.reason).toMatch(/三篇/);
  });
  it('a 范文 heading over texts numbered 篇一, 篇二 is not minutes', () => {
    const d = extractFromText(['村民会议决议范文', '时间:2018-11-09 10:31 来源:免费论文网', '篇一:村民决议文本', '经村民会议讨论，一致同意修建村道，由村委会负责实施。', '篇二:村民会议村民代表会议民主决策制度', '一、每半年召开一次村民会议。', '二、会议决定须经到会人员半数以上通过。'].join('\n'));
    expect(d.isMinutes).toBe(false);
  });
});
