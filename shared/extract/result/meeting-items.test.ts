import { describe, expect, it } from 'vitest';
import { extractFromText } from '../index';
import { segment } from '../segment/segment';
import { linesFromText } from '../linearize/lines';
import { meetingItems } from './meeting-items';

const seg = (text: string) => segment(linesFromText(text));

/** Records whose meeting lists what it did item by item, a leader's words narrated beside the list. */
const RECORDS = [
  '4月22日上午，某某协会召开第一次会长办公会议。会长赵某，副会长王某、刘某参加会议。会议由赵某会长主持。\n会议讨论研究了下列事项：一是研究了会长办公会工作制度；二是研究举办演讲比赛相关事宜；三是研究组织理事学习培训事宜。\n赵某会长强调，班子成员要齐心协力，切实推动行业健康发展。',
  '7月11日下午，市局在7楼会议室召开规划调整完善工作紧急会议。会议由副局长沈某主持，各县局分管负责同志参加了会议。会议传达了省厅会议精神。\n会议要求：一是明确责任。各地要主动向政府专题汇报。二是明确时限。各地务必在7月18日前提交成果。\n局长李某指出，要倒排工期，挂图作战。',
  '3月5日，区政府召开专题协调会议。副区长王某主持，区发改委、区财政局负责人参加会议。\n会议决定如下事项：\n一、由区财政局负责落实项目资金。\n二、区发改委牵头做好项目申报。\n王某强调，各单位要密切配合，确保按期完成。',
  '9月8日，學院召開院務會議，院長陳某主持，各系主任出席會議。\n會上，經充分討論研究，決定以下事項：\n1、成立課程改革工作小組。\n2、下學期起實施新的排課辦法。\n陳某指出，各系要認真落實。',
];

/** What shares the words: a story itemising a leader's speech, a notice listing its particulars, a guide listing a record's parts. */
const LOOK_ALIKES = [
  '3月7日，县政协主席韩某主持召开项目建设推进协调会，县直有关单位负责人参加会议。会议汇报了项目征迁工作进展情况。\n韩某强调，下阶段要持续加快征迁工作：一是要加强协调衔接。二是要细化工作措施。三是要做好清场工作。',
  '各有关单位：\n定于5月10日召开全市安全生产工作会议，请各单位主要负责人准时参加。\n会议内容：\n一、传达省安全生产工作会议精神。\n二、部署下阶段安全生产工作。',
  '會議紀要的內容通常包括：\n1. 會議基本資訊：包括會議日期、時間、地點。\n2. 討論事項：會議討論的主要議題。',
];

describe('the meeting listing what it did item by item', () => {
  it.each(RECORDS.map((t, i) => [i, t]))('record %i is read as one', (_, text) => {
    expect(meetingItems(seg(text))).toBe(true);
    expect(extractFromText(text).isMinutes).toBe(true);
  });
  it.each(LOOK_ALIKES.map((t, i) => [i, t]))('look-alike %i is not', (_, text) => {
    expect(meetingItems(seg(text))).toBe(false);
    expect(extractFromText(text).isMinutes).toBe(false);
  });
});
