import { describe, expect, it } from 'vitest';
import { extractFromText } from '../index';
import { segment } from '../segment/segment';
import { linesFromText } from '../linearize/lines';
import { consensusItems, elected } from './reached-outcomes';

const seg = (text: string) => segment(linesFromText(text));

/** Records whose outcome is an election, a leader's closing speech narrated after it. */
const ELECTIONS = [
  '2018年11月2日上午，某某促进会召开一届一次常务理事会议。会议由执行副理事长申某主持。\n会议听取了申某关于工作的报告；选举增补刘某、冯某等6位同志为常务理事。\n会议结束前，理事长杜某发表讲话。她指出，要提高认识，把握工作定位。',
  '3月12日，某某小区召开业主大会。会议由筹备组组长王某主持。\n会议审议了业主委员会选举办法，选举产生了李某为业委会主任，赵某为副主任。\n街道办主任陈某强调，业委会要依法履职。',
  '1月6日，某某學校召開第一屆校務委員會議。會議由校長張某主持。\n會議推選林某為主任委員。\n張某指出，校務委員會要發揮作用。',
];
/** Records whose outcome is a consensus reached, its points below it. */
const CONSENSUS = [
  '8月24日，区检察院牵头公安、法院在区检察院召开联席会，区公安分局局长、区法院院长参加了会议。\n经过讨论、协商，最后就具体办案等事宜达成共识：\n一、建立定期联席会议制度。\n二、建立信息共享机制。',
  '5月9日，两校在行政楼召开合作洽谈会议，双方分管校领导参加会议。\n双方经充分交流，达成如下意见：\n1、共建联合实验室。\n2、每学期互派教师交流。',
  '3月3日，社區召開協調會議，各方代表出席會議。\n經協商，形成以下共識：\n（一）停車位按戶分配。\n（二）每月召開一次協調會。',
];
/** What shares the words: a notice of a meeting that will elect, a story narrating a speech, a call for consensus still to reach. */
const LOOK_ALIKES = [
  '各位会员：\n本会定于6月10日召开会员大会，将选举产生第三届理事会理事，请准时出席。',
  '3月7日，县长韩某主持召开项目推进会。韩某强调，要加快征迁进度，力争早日达成共识。各单位负责人参加会议。',
];

describe('outcomes reached in other words', () => {
  it.each(ELECTIONS.map((t, i) => [i, t]))('election %i is an outcome, and the page a record', (_, text) => {
    expect(elected(seg(text))).toBe(true);
    expect(extractFromText(text).isMinutes).toBe(true);
  });
  it.each(CONSENSUS.map((t, i) => [i, t]))('consensus %i is an outcome, and the page a record', (_, text) => {
    expect(consensusItems(seg(text))).toBe(true);
    expect(extractFromText(text).isMinutes).toBe(true);
  });
  it.each(LOOK_ALIKES.map((t, i) => [i, t]))('look-alike %i is neither', (_, text) => {
    expect(elected(seg(text)) || consensusItems(seg(text))).toBe(false);
    expect(extractFromText(text).isMinutes).toBe(false);
  });
});
