import { describe, expect, it } from 'vitest';
import { extractFromText } from '../index';

/** The tails of short running-prose records, their opening ("3月2日，某某主持召开…会议") cut: acts in the meeting's voice, who attended named. */
const TAILS = [
  '会议研究了有关人事任免事项。\n县政府副县长及办公室主任出席会议。',
  '会议还研究了道路建设、河长制工作等有关事项。\n区领导宋某、赵某、封某参加会议。',
  '会议审议通过了《关于2023年财政预算执行情况的报告》。\n镇党委书记李某、镇长王某出席会议。',
  '会议听取了关于协会年度工作的汇报，讨论通过了会费收支方案。\n理事长陈某、秘书长林某等参加会议。',
];

/** What shares the words: a story narrating a leader's speech, a notice calling people to a meeting to come, a story with a reporter's line. */
const LOOK_ALIKES = [
  '会议研究了有关人事任免事项。县委书记张某强调，要狠抓落实。\n县领导李某、王某出席会议。',
  '会议将研究年度工作安排，请各乡镇、各部门主要负责人准时参加会议。',
  '会议研究了有关人事任免事项。\n县领导李某、王某出席会议。\n（记者 张某某）',
];

describe('a short record read without its opening', () => {
  it.each(TAILS.map((t, i) => [i, t]))('tail %i is minutes', (_, text) => {
    expect(extractFromText(text).isMinutes).toBe(true);
  });
  it.each(LOOK_ALIKES.map((t, i) => [i, t]))('look-alike %i is refused', (_, text) => {
    expect(extractFromText(text).isMinutes).toBe(false);
  });
});
