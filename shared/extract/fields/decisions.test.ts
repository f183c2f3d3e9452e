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
    const plan = '工作安排如下：\n1.做好防汛准备。\n2.加强值班值守。\n3.会议审议通过的方案由办公室印发。\n4.做好宣传工作。\n';
    expect(read(plan)).not.toContainEqual(expect.stringMatching(/^会议审议通过的方案/));
  });
});
