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

describe('English rules for meetings under their own heading', () => {
  const rules = (head: string) =>
    [
      head,
      '3. Minutes of proceedings',
      'Keeping Minutes as evidence etc.',
      '3.1 Action Minutes of the decisions of a Meeting of the Council shall be drawn up and entered in a book kept for that purpose.',
      '3.2 No discussion shall take place upon the Minutes of Council except upon their accuracy.',
      'Signing Minutes',
      '3.5 The Minutes of a Meeting of the Council shall be signed at the next suitable Meeting by the person presiding.',
    ].join('\n');

  it.each(['Standing Orders p2', 'COUNCIL PROCEDURE RULES', 'Terms of Reference – Audit Committee'])('under "%s" they are not minutes', (head) => {
    const d = extractFromText(rules(head));
    expect(d.isMinutes).toBe(false);
    expect(d.reason).toMatch(/rules for meetings/);
  });

  it('a record whose item adopts standing orders is still a record', () => {
    const d = extractFromText(
      ['Minutes of the Annual Meeting of Melton Parish Council held on 14 May 2019', 'Present: Cllrs A Lee (Chair), B Roe, C Poe', '19/55 Standing Orders', 'RESOLVED that the Standing Orders be adopted; members shall declare interests at each meeting and shall not vote on matters where they have one, and the clerk shall keep the minutes.'].join('\n'),
    );
    expect(d.isMinutes).toBe(true);
  });
});
