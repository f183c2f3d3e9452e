import { describe, expect, it } from 'vitest';
import { extractFromText } from '../index';

// Made-up pages in the style of a body's rules for its meetings, and records they must not be taken for.
const RULES = [
  ['所务会议制度', '2019年3月1日', '1、所务会议由所长召集并主持，原则上每月举行一次。', '2、会议议题应于会前三日报送办公室。', '3、与会人员须按时出席，不得无故缺席。', '4、会议决定由办公室整理成纪要，经主持人签发。'],
  ['委员会会议规则及执行', '一、会议规则：', '1. 本会每半年开会一次，必要时得召开临时会议，并得邀请有关人员列席。', '2. 会议应有半数以上委员出席始得开会，委员不能出席时可由代理人出席。', '3. 会议由主任委员主持，主任委员不在时由副主任委员主持。', '4. 会议记录应经主任核定后，所提案件方可生效。', '5. 决议事项应由各责任单位于下次会议时回复办理情形。'],
  ['理事会议事规则', '1. 理事会会议由理事长召集并主持，须有三分之二以上理事出席方可举行。', '2. 会议表决事项应当经出席理事过半数同意，会议决定由秘书处督办。', '3. 理事因故不能出席的，应书面委托其他理事代为出席。', '4. 会议审议通过的决议，由秘书处整理成纪要。'],
];

const RECORDS = [
  // A record whose meeting adopted such rules: its own title and what it did.
  ['某中学校长办公会议纪要', '2019年3月1日，校长王明主持召开校长办公会议。', '一、会议审议通过了《校长办公会议制度》，要求各部门应于3月10日前报送议题。', '二、会议同意暑期维修方案，须在开学前完工。', '三、会议决定各处室不得擅自调整课表。'],
  // A record headed by its meeting, its tasks stated with 应 and 须.
  ['第三次社区议事会议', '时间：2024年5月6日', '主持人：李华', '参加人员：李华、张伟、王芳', '1. 会议同意更换电梯，物业应于六月底前完成招标。', '2. 会议决定楼道杂物须在本周内清理。', '3. 会议要求各楼长不得擅自收费。'],
];

describe("a body's rules for its meetings", () => {
  it.each(RULES)('%s is not minutes', (...lines) => {
    const d = extractFromText(lines.join('\n'));
    expect(d.isMinutes).toBe(false);
  });

  it.each(RECORDS)('%s is still minutes', (...lines) => {
    expect(extractFromText(lines.join('\n')).isMinutes).toBe(true);
  });
});
