import { describe, expect, it } from 'vitest';
import { extractFromText } from '../index';
import { linesFromText, splitRunOn } from '../linearize/lines';
import { segment } from '../segment/segment';
import { readDecisions } from './decisions';

describe('Chinese topics with their own detail', () => {
  it('a "明确如下：" list under topic 一 is that topic’s detail: the topics are the decisions', () => {
    const d = extractFromText(
      [
        '某县人民政府常务会议纪要',
        '3月24日，县长某某主持召开县人民政府第21次常务会议。现将会议形成的一致意见纪要如下：',
        '一、研究迎接国家卫生县城复审工作',
        '会议原则同意县卫生局提出的复审工作任务分解方案，按程序报县委常委会研究。',
        '会议就有关具体事项明确如下：',
        '1.关于设备配备问题。由复审工作领导小组提出具体方案后另行研究确定。',
        '2.关于工作经费问题。县财政安排县卫生局工作经费50万元。',
        '二、研究2016年度财政预算',
        '会议原则同意县财政局提出的预算草案，提请县人大常委会审议。',
      ].join('\n'),
    );
    expect(d.decisions.map((x) => x.text.slice(0, 12))).toEqual(['研究迎接国家卫生县城复审', '研究2016年度财政预算']);
  });
});

describe('English outcome sentences', () => {
  const doc = (body: string) => `Minutes of the Steering Group meeting held on 3 March 2021\nPresent: A Smith (Chair), B Jones, C Brown\n${body}`;
  it('persons chosen and persons taking work on are decisions; a story and a standing rule are not', () => {
    const d = extractFromText(
      doc(
        [
          '1. Elections',
          'BJ and CB were elected co-chairs of the group.',
          'Dana Ross is elected as Treasurer.',
          '2. Newsletter',
          'Alan Price agreed to draft the invitation letter.',
          'The Chairman agreed to permit discussion as follows:',
          '3. Tribute',
          'A former teacher, he was a fine man, was elected as a Councillor in 1991.',
          'Minutes are approved unless specified as draft.',
        ].join('\n'),
      ),
    );
    expect(d.decisions.map((x) => x.text)).toEqual(['BJ and CB were elected co-chairs of the group.', 'Dana Ross is elected as Treasurer.', 'Alan Price agreed to draft the invitation letter.']);
  });
});

describe('a body record whose items are paragraphs', () => {
  it('paragraphs opening with the review and its outcome are the decisions; "会议还研究了其他事项" is not', () => {
    const seg = segment(splitRunOn(linesFromText(['学校召开2023年第9次校长办公会', '4月23日，校长张三在办公楼810会议室主持召开2023年第9次校长办公会。', '会议审定通过了学校与某物业公司战略合作协议，强调要加快推进物业管理社会化。', '会议研究确定了本学期寒假休假与春季开学时间，由学校办公室发文通知。', '会议还研究了其他事项。'].join('\n'))));
    expect(readDecisions(seg, null).decisions.map((x) => x.text.slice(0, 10))).toEqual(['会议审定通过了学校与', '会议研究确定了本学期']);
  });
});

describe('English resolutions run together', () => {
  it('"… held on 23-12-2016. (ADM) Resolved that …" items give one decision each', () => {
    const text = 'Minutes of the Ordinary Meeting of the Syndicate held on 27 January 2017\nPresent: A Rao (Chair), B Nair, C Das\n1. Confirmation of the minutes of the meeting held on 23-12-2016. (ADM) Resolved that the minutes of the meeting held on 23-12-2016 are approved. 2. Report of the actions taken. (Appendix-1) (ADM) Resolved that the actions taken as in Appendix-1 are noted.';
    const seg = segment(splitRunOn(linesFromText(text)));
    expect(readDecisions(seg, null).decisions.map((x) => x.text)).toEqual(['Resolved that the minutes of the meeting held on 23-12-2016 are approved.', 'Resolved that the actions taken as in Appendix-1 are noted.']);
  });
});

describe("a body's record whose numbered items are the meeting's acts", () => {
  const read = (t: string) => readDecisions(segment(splitRunOn(linesFromText(t))), null).decisions.map((d) => d.text);
  it('takes the items with an outcome, however few, and leaves study and review alone', () => {
    const rec = '9月23日下午，王某某主持召开党委常委会第12次会议。张一、李二参加会议。\n1.会议传达学习了上级重要指示精神。\n2.会议传达学习了省委全会精神。\n3.会议审议通过了《实验室安全管理办法》。\n4.会议研究了保密工作有关事项。\n5.会议审议了《招标定标办法》。\n';
    expect(read(rec)).toEqual([expect.stringMatching(/^会议审议通过了《实验室安全管理办法》/)]);
  });
  it('does not apply where the items are not the meeting speaking', () => {
    const plan = '注意事项如下：\n1.做好防汛准备。\n2.加强值班值守。\n3.会议审议通过的方案由办公室印发。\n4.做好宣传工作。\n';
    expect(read(plan)).not.toContainEqual(expect.stringMatching(/^会议审议通过的方案/));
  });
});

describe('a body record told in running paragraphs', () => {
  const read = (t: string) => readDecisions(segment(splitRunOn(linesFromText(t))), null).decisions.map((d) => d.text);
  it('one outcome a paragraph holds after its review is a decision of its own ("会议审议并原则通过了", "会议审定了")', () => {
    const rec = '3月2日，县长某某主持召开县政府第九次常务会议。\n会议学习了上级文件精神；传达了市领导调研指示精神。\n会议审定了县发改局送审的《关于某某工作的实施意见》；研究了县卫生局的请示。\n会议研究了有关人事任免事项。';
    expect(read(rec)).toEqual([expect.stringMatching(/^会议审定了县发改局送审的/)]);
  });
  it('a paragraph of several outcomes gives one decision per outcome, from the review that opens it', () => {
    const rec = '5月6日，县长某某主持召开县政府常务会议。\n审议《某县绩效考核方案》，听取县政府办关于建议提案办理情况的汇报。会议原则通过《某县绩效考核方案》。\n会议原则同意县政府办关于建议提案办理情况的汇报。会议原则通过《某县妇女发展规划》。责成县妇联修改完善后发文。会议还研究了其他事项。';
    expect(read(rec).map((t) => t.slice(0, 10))).toEqual(['审议《某县绩效考核方', '会议原则同意县政府办', '会议原则通过《某县妇']);
    const d = readDecisions(segment(splitRunOn(linesFromText(rec))), null).decisions;
    expect(d[2].assignees).toEqual(['县妇联']);
  });
  it('the review and its outcome in one sentence ("会议听取了…，决定…") is a decision', () => {
    const rec = '3日下午，市长某某主持召开市政府常务会议。\n会议听取了稳增长工作的情况汇报，决定由市领导召开专题会议研究协调。会议审议并原则通过了《某市垃圾分类工作方案》，要求市有关部门修改完善。';
    expect(read(rec).map((t) => t.slice(0, 9))).toEqual(['会议听取了稳增长工', '会议审议并原则通过']);
  });
  it('the review and an approval after its comma ("会议听取了…汇报，研究通过了《…》") is a decision', () => {
    const rec = '6月1日，区委书记某某主持召开区委常委会。\n会议就《某区年度报告》的起草情况作了说明，与会同志提出了修改意见。\n会议听取了某某工作筹备情况汇报，研究通过了《某某工作方案》。';
    expect(read(rec).map((t) => t.slice(0, 9))).toEqual(['会议听取了某某工作']);
  });
  it('a template’s labels and blanks decide nothing', () => {
    expect(read('某某会议纪要\n会议由王某主持。\n决议一:[决议内容]\n决议N:[决议内容]')).toEqual([]);
  });
});

describe('a Traditional-script record of numbered motions', () => {
  const read = (t: string) => readDecisions(segment(splitRunOn(linesFromText(t))), null);
  it('each decided motion of the parts (壹、贰、参) is a decision, a bare "决议：" over bullets included; reports are not', () => {
    const rec = [
      '某社区管理委员会第二次会议纪录',
      '主席: 王某',
      '壹、主席报告:',
      '致谢: 某住户捐赠冰箱一台.',
      '贰、议题讨论:',
      '议题1. 请总干事报告零用金使用情况',
      '说明: 本月支出四千元.',
      '决议: 请总干事于每月月底结算零用金.',
      '议题2. 讨论消防缺失改善计划',
      '决议:',
      '• 请总干事清查灭火器缺失.',
      '• 警铃故障请厂商报价维修.',
      '议题3. 讨论采购流程改善',
      '决议: 由副主委设计报核表格再议.',
      '参、临时动议',
      '动议1. 铁门锈蚀,建议上漆保护',
      '决议: 表决7票同意采购油漆.',
    ].join('\n');
    const r = read(rec);
    expect(r.decisions.map((d) => d.text.slice(0, 8))).toEqual(['请总干事报告零用', '讨论消防缺失改善', '讨论采购流程改善', '铁门锈蚀,建议上']);
    expect(r.decisions.map((d) => d.assignees)).toEqual([['总干事'], ['总干事'], ['副主委'], []]);
  });
});

describe('English outcomes worded otherwise', () => {
  const doc = (body: string) => `Minutes of the Board of Directors meeting held on 3 March 2021\nPresent: A Smith (Chair), B Jones, C Brown\n${body}`;
  it('a resolution in the present tense ("The Board of Directors accepts …") and a review with its outcome ("were reviewed and approved") are decisions', () => {
    const d = extractFromText(doc(['Membership applications', '- The Board of Directors accepts Dana Ross’s application to become a Member.', 'Financial report', 'The accounts for 2020 were reviewed and approved.', 'Minutes of the last AGM', 'Reviewed and approved.', 'Newsletter', 'The editor presented the spring issue.'].join('\n\n')));
    expect(d.decisions.map((x) => x.text)).toEqual(['The Board of Directors accepts Dana Ross’s application to become a Member.', 'The accounts for 2020 were reviewed and approved.', 'Reviewed and approved.']);
  });
});

describe('English sentences with titles and initials', () => {
  const doc = (body: string) => `Minutes of the Community Council meeting held on 3 March 2021\nPresent: Cllr. A. Smith (Chair), Cllr. B. Jones\n${body}`;
  it('"Cllr. P. Harries" does not end a sentence; work given in the passive and a bare "Agreed to …" are decisions', () => {
    const d = extractFromText(doc(['1. Minutes', 'It was proposed by Cllr. P. Harries, seconded by Cllr. W. Loynton and unanimously agreed that the minutes be approved.', '2. Correspondence', 'The Clerk was asked to write to the Highways Department.', '3. Meetings', 'Agreed to meet again on 7 April.'].join('\n')));
    expect(d.decisions.map((x) => x.text)).toEqual(['It was proposed by Cllr. P. Harries, seconded by Cllr. W. Loynton and unanimously agreed that the minutes be approved.', 'The Clerk was asked to write to the Highways Department.', 'Agreed to meet again on 7 April.']);
    expect(d.decisions[1].assignees).toEqual(['The Clerk']);
  });
});

describe('a Hong Kong record of numbered paragraphs', () => {
  it('members agreeing and an election announced are decisions, read past their numbers; a heading is not', () => {
    const rec = ['某某事宜小组委员会', '会议纪要', '日期 : 1998年7月24日', 'I. 选举正副主席', '2.由于没有其他提名,秘书宣布王某议员当选小组委员会主席。', '3.王某议员随即接手主持会议。', 'II. 下次会议日期', '4.议员同意于1998年7月29日上午11时举行下次会议。', '5.会议决议', '6.议事完毕,会议在下午2时30分结束。'].join('\n');
    expect(readDecisions(segment(splitRunOn(linesFromText(rec))), null).decisions.map((d) => d.text)).toEqual(['由于没有其他提名,秘书宣布王某议员当选小组委员会主席。', '议员同意于1998年7月29日上午11时举行下次会议。']);
  });
});

describe('Chinese records whose items have no outcome word of their own', () => {
  const dec = (lines: string[]) => extractFromText(lines.join('\n')).decisions;
  it('a body’s record: items that say what was heard or discussed and what followed are decisions; a bare 研究了…有关事项 is not', () => {
    const d = dec([
      '某局召开局务会议',
      '5月6日上午，某局局长王某主持召开局务会议，局班子成员参加会议。',
      '会议听取了办公室关于档案整理工作的汇报，经讨论，一致同意档案整理方案。',
      '会议讨论了机关食堂改造事宜。要求尽快与后勤中心协调，按程序实施。讨论了春季防火工作事宜，由安全科负责落实。',
      '会议研究了保密工作有关事项。',
    ]);
    expect(d.map((x) => x.text.slice(0, 10))).toEqual(['会议听取了办公室关于', '会议讨论了机关食堂改', '讨论了春季防火工作事']);
    expect(d[2].assignees).toEqual(['安全科']);
  });
  it('a heard report followed only by the meeting’s views decides nothing', () => {
    const d = dec([
      '6月2日上午，县长某某主持召开县长办公会，县领导甲某、乙某参加会议。',
      '会议听取了各位副县长分管工作推进情况汇报，会议强调，各位副县长要对照任务找差距。',
      '会议还研究了其他事项。',
    ]);
    expect(d).toEqual([]);
  });
  it('an outcome after the sentence’s opening clause starts the decision there; so does a person elected', () => {
    const d = dec(['某卫生院召开第一届第一次理事会', '2021年7月12日，我局召开了局长办公会，会议审议并通过了《科技奖申报方案》。', '会议介绍了理事会的构成，推荐选举张某某为理事会理事长。']);
    expect(d.map((x) => x.text.slice(0, 8))).toEqual(['会议审议并通过了', '推荐选举张某某为']);
  });
  it('an outcome clause with its vote’s adverb and means after the meeting ("，会议一致表决通过…")', () => {
    const d = dec([
      '2020年6月4日上午，某市图书馆第一届理事会2020年第一次会议在市图书馆五楼会议室举行。市委编办副主任王某出席会议。',
      '会上，馆长代表市图书馆向理事会做2019年度工作情况和财务决算报告，并阐述市图书馆发展方向，会议一致表决通过市图书馆2019年度工作报告和财务决算。各理事献计献策，并原则同意2020年度重点工作计划。',
    ]);
    expect(d.map((x) => x.text)).toContain('会议一致表决通过市图书馆2019年度工作报告和财务决算。');
  });
  it('paragraphs of the meeting’s requirements that each give work are the decisions when nothing else is', () => {
    const d = dec([
      '区政府召开第十次常务会议',
      '3月1日，区长某某主持召开区政府第10次常务会议。',
      '会议指出，各单位要深入学习有关文件精神。',
      '会议要求，区市场监督管理局牵头，各相关部门密切配合，全面开展隐患排查。',
      '会议还研究了其他事项。',
    ]);
    expect(d.map((x) => x.text.slice(0, 6))).toEqual(['会议指出，各', '会议要求，区']);
    expect(d[1].assignees[0]).toBe('区市场监督管理局');
  });
});

describe('Traditional records: motions decided under a label of their own', () => {
  it('reports heard decide nothing; each motion with a 決議 or 【議決】 is one decision', () => {
    const d = extractFromText(
      [
        '某某委員會第3次會議議事錄',
        '時間：中華民國113年3月8日',
        '主席：王某某',
        '報告事項',
        '一、本會經費每會期預算12萬元，請參考。',
        '二、檢附尚未審查之陳情案計3案，請參考。',
        '討論事項',
        '一、本會期輪值表（詳如附件），請議決案。',
        '決議：照案通過。',
        '二、提案一：討論下學期評量日期與實施方式。',
        '【議決】同意擬定之日期，由業務單位針對新增科目再作分析。',
      ].join('\n'),
      { fold: (s) => s.replace(/會/g, '会').replace(/議/g, '议').replace(/決/g, '决').replace(/針對/g, '针对').replace(/業務單位/g, '业务单位') },
    ).decisions;
    expect(d.map((x) => x.text.slice(0, 6))).toEqual(['本會期輪值表', '提案一：討論']);
    expect(d[1].assignees).toEqual(['業務單位']);
  });
  it('bulleted directions of a senior staff meeting, each asking for work, are its decisions; headings are not', () => {
    const d = extractFromText(
      [
        '第12次主管會報',
        '主席：某局長',
        '出席：甲某、乙某、丙某',
        '• 各科重大事項提報',
        '• 光雕工程拆除移交相關單位，請確保移交後設備仍得運作。',
        '• 公營住宅案相關數據應隨時妥備。',
        '• 人行陸橋綠美化案，建議納入優先執行地點。',
      ].join('\n'),
    ).decisions;
    expect(d.map((x) => x.text.slice(0, 4))).toEqual(['光雕工程', '公營住宅', '人行陸橋']);
  });
});

describe('English outcomes beside an action list, and sub-items that each record one', () => {
  const doc = (body: string[]) => ['Minutes of the Steering Committee meeting held on 3 March 2021', 'Present: A Smith (Chair), B Jones, C Brown', ...body].join('\n');
  it('the sentences stating outcomes outside an action section are decisions too; a call for a motion is not', () => {
    const d = extractFromText(
      doc([
        'Elections',
        'BJ and CB were elected co-chairs of the committee.',
        'Seeing none, the Chair asked for a motion to approve the agenda.',
        'It was agreed that the committee should meet fortnightly.',
        'Action items:',
        '[BJ] Draft the invitation letter.',
        '[CB] Set up a shared folder.',
      ]),
    ).decisions;
    expect(d.map((x) => x.text.slice(0, 20))).toEqual(['BJ and CB were elect', 'It was agreed that t', '[BJ] Draft the invit', '[CB] Set up a shared']);
  });
  it('an item whose sub-items (i), ii)) each record an outcome gives each of them', () => {
    const d = extractFromText(
      doc([
        '1. The Governing Body has approved the action plan for the first quarter.',
        'The following resolutions were taken after discussion.',
        'i) The Governing Body has resolved to conduct workshops for the students.',
        'ii) The Governing Body has resolved to start a new programme in Data Science.',
      ]),
    ).decisions;
    expect(d.map((x) => x.text.slice(0, 40))).toEqual([
      'The Governing Body has approved the acti',
      'The Governing Body has resolved to condu',
      'The Governing Body has resolved to start',
    ]);
  });
});

describe('motions opened by their label, and a closing topic', () => {
  it('"第一案 / 案由：… / 決議：…" gives one decision per motion, from past its label', () => {
    const d = extractFromText(
      [
        '某國民小學校務會議紀錄',
        '主席：王校長',
        '壹、報告事項：',
        '一、教務處報告：本學期課程計畫已上傳。',
        '貳、提案討論：',
        '第一案',
        '案由：本校行事曆草案，提請審議。',
        '決議：修正後通過。',
        '第二案',
        '案由：學生獎懲實施要點修正草案，提請討論。',
        '決議：照案通過，請學務處於9月10日前公告周知。',
      ].join('\n'),
      { fold: (s) => s.replace(/決議/g, '决议').replace(/學務處/g, '学务处').replace(/請/g, '请').replace(/於/g, '于') },
    ).decisions;
    expect(d.map((x) => x.text.slice(0, 6))).toEqual(['本校行事曆草', '學生獎懲實施']);
    expect(d[1]).toMatchObject({ assignees: ['學務處'], due: '於9月10日前' });
  });
  it('a topic "关于其他事项" over "会议还研究了其他事项" is no decision; 请X names X', () => {
    const d = extractFromText(
      [
        '某大学校长办公会议纪要',
        '9月12日上午，校长王某主持召开校长办公会。',
        '一、会议审议通过了《研究生奖助学金管理办法》，请研究生院抓紧组织实施。',
        '二、会议同意将前进村等5个村列为示范村，所需资金由财务处统筹解决，两个月内拨付到位。',
        '三、关于其他事项',
        '会议还研究了其他事项。',
      ].join('\n'),
    ).decisions;
    expect(d.map((x) => x.assignees)).toEqual([['研究生院'], ['财务处']]);
    expect(d[1].due).toBe('两个月内');
  });
});

describe('a consultative body’s items', () => {
  it('of items consulted on, the one "协商决定…" is the decision', () => {
    const d = extractFromText(
      ['县政协召开三届五次主席会议', '3月3日上午，县政协召开三届五次主席会议，会议由张某主席主持，会议主要内容：', '1、协商县政协2023年度工作要点；', '2、协商县政协2023年度重点协商计划；', '3、协商决定召开县政协三届第四次常委会议有关事宜；', '4、部署文明创建工作。'].join('\n'),
    ).decisions;
    expect(d.map((x) => x.text.slice(0, 8))).toEqual(['协商决定召开县政']);
  });
});

describe('English lines wrapped mid-sentence', () => {
  const read = (t: string) => readDecisions(segment(splitRunOn(linesFromText(t))), null).decisions.map((d) => d.text);
  it('a sentence wrapped over two lines is one decision read whole, not its last line', () => {
    const text = [
      'Minutes of the Special Meeting of the Village Council, 7 January 2019',
      'Present: A Cruz (Chair), B Reyes, C Santos',
      '',
      'The Chair requested Councillor Reyes to act as temporary secretary to keep the minutes',
      'of the special meeting and it was unanimously approved.',
      '',
      'Councillor Santos reported on the state of the roads.',
    ].join('\n');
    expect(read(text)).toEqual(['The Chair requested Councillor Reyes to act as temporary secretary to keep the minutes of the special meeting and it was unanimously approved.']);
  });
  it('lines that each end a sentence stay apart', () => {
    const text = [
      'Minutes of the Special Meeting of the Village Council, 7 January 2019',
      'Present: A Cruz (Chair), B Reyes, C Santos',
      '',
      'The minutes of the last meeting were approved.',
      'The accounts were approved.',
    ].join('\n');
    expect(read(text)).toEqual(['The minutes of the last meeting were approved.', 'The accounts were approved.']);
  });
});

describe('English committee formulas and motions lost on the next line', () => {
  const read = (t: string) => readDecisions(segment(splitRunOn(linesFromText(t))), null).decisions.map((d) => d.text);
  it('"RECOMMENDED that …" is an outcome; a motion whose next line says LOST is none', () => {
    const text = [
      'Minutes of the Finance Committee Meeting held on 12 March 2024',
      'Present: J Smith (Chair), K Brown, L Green',
      '',
      'Budget. RECOMMENDED that the draft budget be referred to Council for adoption.',
      '',
      'Moved by K Brown, seconded by L Green, that the grant application to the Lottery Fund be submitted.',
      'LOST',
      '',
      'The minutes of the last meeting were approved.',
    ].join('\n');
    expect(read(text)).toEqual(['RECOMMENDED that the draft budget be referred to Council for adoption.', 'The minutes of the last meeting were approved.']);
  });
});

describe('where a record’s motions end, and motions voted down', () => {
  const read = (t: string) => readDecisions(segment(splitRunOn(linesFromText(t))), null).decisions.map((d) => d.text);
  it('"臨時動議：無" and "散會" close the last motion: they are no part of it', () => {
    const text = [
      '某社區發展協會理監事會議紀錄',
      '時間：民國112年3月10日晚上7時 地點：活動中心 主席：張理事長',
      '討論事項：',
      '案由一：112年度工作計畫及經費預算案，請討論。',
      '決議：通過。',
      '案由二：辦理母親節活動案，請討論。',
      '決議：由總幹事規劃辦理。',
      '臨時動議：無',
      '散會：晚上8時30分',
    ].join('\n');
    expect(read(text)).toEqual(['112年度工作計畫及經費預算案，請討論。決議：通過。', '辦理母親節活動案，請討論。決議：由總幹事規劃辦理。']);
  });
  it('a motion whose vote two sentences on says it failed is none; a body directing its staff is a decision', () => {
    const text = [
      'Regular Council Meeting Minutes, March 4, 2024',
      'Present: Council Members Flanders, Lovejoy, Hibbert, Szyslak.',
      '',
      'MOTION: Council Member Flanders moved to approve the consent agenda. Council Member Lovejoy seconded. Motion carried 4-0.',
      '',
      'MOTION: Council Member Hibbert moved to adopt Resolution 2024-12. Council Member Szyslak seconded. Motion failed 1-3.',
      '',
      'Following discussion, Council directed staff to bring back an ordinance amending park hours.',
    ].join('\n');
    expect(read(text)).toEqual(['MOTION: Council Member Flanders moved to approve the consent agenda.', 'Following discussion, Council directed staff to bring back an ordinance amending park hours.']);
  });
});

describe('English outcomes after a lead-in clause', () => {
  const read = (t: string) => readDecisions(segment(splitRunOn(linesFromText(t))), null).decisions.map((d) => d.text);
  it('"After long deliberation, the meeting decided to …" is a decision; a lead-in alone is not', () => {
    const text = [
      'Minutes of the founders meeting held on 4 May 2011',
      'Present: A Smith (Chair), B Jones, C Brown',
      '',
      'The Chair welcomed the members and explained the purpose of the meeting.',
      '',
      'After a long deliberation that followed, the meeting decided to appoint Ms Jones as interim treasurer.',
      '',
      'Upon hearing the report, members thanked the Chair.',
    ].join('\n');
    expect(read(text)).toEqual(['After a long deliberation that followed, the meeting decided to appoint Ms Jones as interim treasurer.']);
  });
});

describe('numbered directives of a record with no outcome stated, and lists under a label', () => {
  const read = (t: string) => readDecisions(segment(splitRunOn(linesFromText(t))), null).decisions.map((d) => d.text);
  it('items each giving work in the passive ("to be cancelled", "should go through") are the decisions; the attendance list above is not', () => {
    const text = [
      'Minutes of the heads of department meeting held on 3 March 2021',
      '',
      'Present:-',
      '1) Mr. A. Perera, Secretary',
      '2) Mrs. B. Silva, Accountant',
      '3) Mr. C. Fernando, Director',
      '',
      '1) Vacancies',
      'All vacancies to be advertised by the end of the month.',
      '2) Vehicles',
      'Requests for vehicles should go through the transport officer.',
      '3) Training',
      'Training calendar to be prepared by HRO.',
      '4) Calendar',
      '1) Budget review 20.11.21',
    ].join('\n');
    expect(read(text).map((t) => t.slice(0, 12))).toEqual(['Vacancies Al', 'Vehicles Req', 'Training Tra']);
  });
  it('a sitting’s procedure and a part given to questioning are no items decided', () => {
    const text = [
      '某某镇民代表会第三次会议纪录',
      '一、时间:111年4月27日',
      '二、出席:王代表某某、李代表某某',
      '三、报告事项:',
      '(一)秘书报告:出席代表已达法定额数,请主席宣布开会。',
      '(二)秘书宣读第2次会议纪录。',
      '四、议程:',
      '镇政总质询',
      '(一)东门市场厕所请规划更完善。',
      '(二)银发族俱乐部一年使用人次率?监测结果是?',
      '(三)活动经费使用情形请提供说明。',
    ].join('\n');
    expect(read(text)).toEqual([]);
    // The same items with no questioning: the work asked of the office is what the record gives.
    expect(read(text.replace('镇政总质询', '主席裁示')).map((t) => t.slice(0, 6))).toEqual(['东门市场厕所', '活动经费使用']);
  });
});

describe('English motions, elections and conclusions worded otherwise', () => {
  const read = (t: string) => readDecisions(segment(splitRunOn(linesFromText(t))), null).decisions.map((d) => d.text);
  const doc = (lines: string[]) => ['Minutes of the Annual General Meeting held on 4 May 2021', 'Present: A Smith (Chair), B Jones, C Brown', '', ...lines].join('\n');
  it('"X motioned and Y seconded …", "X proposed and Y seconded that …", "X motioned, second by Y to …" are motions', () => {
    const text = doc(['Ann Reed motioned and Bob Hall seconded approval of the field trip.', '', 'Cllr Mrs Grey proposed and Cllr Mrs Lee seconded that Cllr Hall be Chairman.', '', 'J. Hastings motioned, second by A. Simonson to accept the syllabus.', '', 'The proposed budget was discussed at length.']);
    expect(read(text).map((t) => t.slice(0, 20))).toEqual(['Ann Reed motioned an', 'Cllr Mrs Grey propos', 'J. Hastings motioned']);
  });
  it('a list of names elected, a name elected after a colon, and "It was concluded that …" are decisions; a lone nomination is not', () => {
    const text = doc(['Margaret Wood, Dean Bergin, James Henstridge are elected unopposed as committee members.', '', 'Nick Bannon: elected on a show of hands as Vice President.', '', 'It was concluded that we should only accept a signed contract.', '', 'There were no other nominations.']);
    expect(read(text).map((t) => t.slice(0, 20))).toEqual(['Margaret Wood, Dean ', 'Nick Bannon: elected', 'It was concluded tha']);
  });
});

describe('a presidium’s record of acts', () => {
  const read = (t: string) => readDecisions(segment(splitRunOn(linesFromText(t))), null).decisions.map((d) => d.text);
  it('acts listed with "；" give one decision each; a vote’s means before the outcome and a post filled with no "为" are outcomes', () => {
    const rec = '3月2日上午，某市人大五次会议主席团举行第一次会议。 会议以举手表决的方式，通过了大会日程；推选出大会主席团常务主席；通过了执行主席分组名单；决定了大会副秘书长。';
    expect(read(rec).map((t) => t.replace(/[；。]$/, '').slice(-6))).toEqual(['过了大会日程', '席团常务主席', '主席分组名单', '大会副秘书长']);
    const rec3 = '1月5日下午，某区人大五次会议主席团举行第一次会议。\n会议推选出大会主席团常务主席，决定了大会日程安排，推选出大会执行主席，决定了议案截止时间。';
    expect(read(rec3).map((t) => t.slice(0, 6))).toEqual(['会议推选出大', '决定了大会日', '推选出大会执', '决定了议案截']);
    // One outcome with its terms after a comma stays one decision.
    expect(read('某区政府常务会议。\n会议原则同意《某方案》，要求区住建局修改完善后印发。')).toHaveLength(1);
    const rec2 = '某区人大主席团举行第二次会议。\n会议以举手表决的方式，推选出大会主席团常务主席。\n会议研究了其他事项。';
    expect(read(rec2)).toEqual(['会议以举手表决的方式，推选出大会主席团常务主席。']);
  });
});

describe('a bare "决议" under each motion in turn', () => {
  it('reads the outcome lines, as a guess: the motions may be the decisions as much as their outcomes', () => {
    const rec = ['某休闲农业区辅导会议', '时间:2022/8/10 早上10点', '讨论提案:', '', '提案一、建请乡长支持摄影活动设置乡长奖。', '', '决议', '', '(一) 同意设置乡长奖。', '', '提案二、建请公所协助行销摄影活动。', '', '决议', '', '(一) 会发布在公所官网,由农观课处理。'].join('\n');
    const d = readDecisions(segment(splitRunOn(linesFromText(rec))), null).decisions;
    expect(d.length).toBeGreaterThan(0);
    expect(Math.max(...d.map((x) => x.confidence))).toBeLessThan(0.9);
  });
});

describe('a prayer at the opening', () => {
  it('the lines of a prayer closed by "Amen" decide nothing, even where its address sits above the body', () => {
    const d = extractFromText(
      [
        'Minutes of the Ordinary Meeting of Lakeside Shire Council held on 9 June 2020',
        'Present: Cr A Hill (Mayor), Cr B Dale, Cr C Ford',
        'Heavenly Father,',
        'Guide Councillors to serve the people with wisdom and patience.',
        'Amen.',
        '1. Footpaths',
        'It was resolved that the footpath in Mill Lane be resurfaced.',
        '2. Hall',
        'Cr Dale to obtain three quotes for the hall roof.',
      ].join('\n'),
    );
    expect(d.decisions.map((x) => x.text)).toEqual(['It was resolved that the footpath in Mill Lane be resurfaced.', 'Cr Dale to obtain three quotes for the hall roof.']);
  });
});

describe('motions with an explanation of numbered points (案由 / 說明 / 決議)', () => {
  const head = ['某某協會會員大會會議紀錄', '時間：中華民國111年3月12日下午二時', '主席：陳某某', '出席：會員四十二人'];
  it('the points under 說明 belong to their motion: one decision per motion, from its 案由', () => {
    const d = extractFromText(
      [
        ...head,
        '討論事項',
        '第一案 (理事會提)',
        '案由：調整本會年費收費標準案。',
        '說明：',
        '一、本會年費十年未調整，擬酌予調高。',
        '二、敬請 討論。',
        '決議：照案通過。',
        '第二案 (理事會提)',
        '案由：本會年度預算案。',
        '說明：(一) 預算表詳如附件。',
        '(二) 提請 審議。',
        '決議：修正後通過。',
        '散會。',
      ].join('\n'),
    );
    expect(d.decisions.map((x) => x.text.slice(0, 10))).toEqual(['調整本會年費收費標準', '本會年度預算案。說明']);
  });
  it('a record cut short above its first motion still reads that motion from its label', () => {
    const seg = segment(linesFromText(['案由：修訂本會組織章程案。', '說明：(一) 配合法令修正部分條文。', '(二) 敬請 公決。', '決議：照案通過。', '案由：選任本會監事案。', '說明：(一) 監事一人出缺。', '(二) 敬請 公決。', '決議：照案通過。'].join('\n')));
    const texts = readDecisions(seg, null).decisions.map((x) => x.text.slice(0, 8));
    expect(texts).toEqual(['修訂本會組織章程', '選任本會監事案。']);
  });
});

describe('English records numbered only part of the way', () => {
  const read = (t: string) => readDecisions(segment(splitRunOn(linesFromText(t))), null).decisions.map((x) => x.text);
  it('outcomes above the first numbered line are read too', () => {
    const text = [
      'Minutes of the Harbour Board regular meeting',
      'Present: Pat Oakes, Lee Marsh, Kim Vale',
      'Agenda',
      'Motion by Member Marsh, seconded by Member Vale, to approve the agenda as amended. The motion carried.',
      'Routine items:',
      '1) Payment of invoices',
      '2) Dock lease renewal',
    ].join('\n');
    expect(read(text)[0]).toMatch(/^Motion by Member Marsh/);
  });

  it('a mover named in full with a title and initials opens the motion', () => {
    const text = [
      'Minutes of the Valley Trust special meeting',
      'Present: Trustee Ana B. Ruiz, Trustee Tom Hale',
      'Trustee Ana B. Ruiz moved to adopt the revised fee schedule. Trustee Tom Hale seconded the motion.',
      'Vote: 2-0. Motion carried.',
      'i) Other business',
      'None raised.',
    ].join('\n');
    expect(read(text)[0]).toMatch(/^Trustee Ana B\. Ruiz moved to adopt/);
  });
});

describe('outcomes labelled "决策：" in a project’s notes', () => {
  it('a topic holding a "决策：" or "决策一：" line was decided', () => {
    const seg = segment(linesFromText(['# 某开源社区工作组 会议纪要', '- 会议时间：2024/03/05', '1. 近况回顾', '- 回顾了上季度的活动。', '2. 提案：调整例会时间', '- 决策一：例会改为每月第一周举行，经讨论通过。', '3. 提案：设立文档小组', '- 决策：由工作组牵头设立文档小组。'].join('\n')));
    const texts = readDecisions(seg, null).decisions.map((x) => x.text);
    expect(texts.some((t) => t.includes('例会改为每月第一周举行'))).toBe(true);
    expect(texts.some((t) => t.includes('由工作组牵头设立文档小组'))).toBe(true);
    expect(texts.some((t) => t.includes('回顾了上季度'))).toBe(false);
  });
});

describe('Traditional-script motion labels spaced for alignment', () => {
  it('"案由(一):" / "說 明:" / "決 議:" read as the motion, its explanation and its outcome', () => {
    const seg = segment(linesFromText(['某某公會理監事聯席會議紀錄', '壹、時 間:民國113年5月2日', '貳、討論提案:', '案由(一):審查本會年度工作計畫。', '說 明:依章程規定辦理,請討論。', '決 議:通過。', '案由(二):修訂會員入會辦法。', '說　明:配合法規修正。', '決　議:照案通過。'].join('\n')));
    const texts = readDecisions(seg, null).decisions.map((x) => x.text.slice(0, 8));
    expect(texts).toEqual(['審查本會年度工作', '修訂會員入會辦法']);
  });
});

describe('English motions proposed and seconded, and minutes approved at length', () => {
  const read = (t: string) => readDecisions(segment(splitRunOn(linesFromText(`Minutes of the Hill Community Council meeting held on 4 May 2022\nPresent: Cllr R Lane (Chair), Cllr D Pike\n${t}`))), null).decisions.map((x) => x.text);
  it('"X proposed, and Y seconded, that …" and "Proposed (RL) & Seconded (DP) that …" are motions', () => {
    expect(read('Cllr Lane proposed, and Cllr Pike seconded, that the hall fees stay unchanged.')).toEqual(['Cllr Lane proposed, and Cllr Pike seconded, that the hall fees stay unchanged.']);
    expect(read('Minutes of April - Proposed (RL) & Seconded (DP) that the minutes be signed as correct.')).toHaveLength(1);
  });
  it('a form with the proposer and seconder left to fill states no resolution', () => {
    expect(read('Proposed: Seconded:')).toEqual([]);
  });
  it('the minutes of two meetings named at length, then approved', () => {
    const t = 'The minutes of the ordinary meeting held on 5th April 2022 and of the special meeting of the Council held on 19th April 2022 were approved and signed.';
    expect(read(t)).toEqual([t]);
  });
});

describe('a Chinese list opened by a sentence saying decisions were made', () => {
  it('"…统一认识并作出决定：" opens the numbered items below it, as a less sure reading', () => {
    const seg = segment(linesFromText(['某商会常委会例会纪要', '5月10日下午，会长在商会会议室主持召开常委会例会。', '会上听取了筹备组的汇报，统一认识并作出决定：', '一、关于会员证问题，由秘书处统一制作，6月底前发放。', '二、决定下次例会在7月召开。'].join('\n')));
    const r = readDecisions(seg, null);
    expect(r.method).toBe('section');
    expect(r.decisions.map((x) => x.text.slice(0, 6))).toEqual(['关于会员证问', '决定下次例会']);
    expect(Math.max(...r.decisions.map((x) => x.confidence))).toBeLessThan(0.9);
  });
});
