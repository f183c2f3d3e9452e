import { describe, expect, it } from 'vitest';
import { extractFromText } from '../index';

/** One meeting's record under a minutes title dated as printed, its numbered items reports heard: no presider, roll or decision read. */
const RECORDS = [
  '費利蒙中文學校 家長大會會議記錄 11/9/2013\n1. 校委會報告–林某\n大家好，本學年校委有七名。\n2. 校務報告–陳校長\n本學年學生共五百人。',
  'Parents Committee Meeting Minutes 4 March 2021\n1. Principal’s report\nThe principal gave an update on the new term.\n2. Treasurer’s report\nThe balance stands at $400.',
  '家长委员会会议纪要（2021年10月15日）\n一、校长介绍学校本学期工作。\n二、家长代表交流家校共育经验。',
];

/** A page about minutes under such a title: no date in it, a single line under it, or an agenda's items to be taken. */
const LOOK_ALIKES = [
  '家长大会会议记录\n1. 会议记录应写明时间、地点。\n2. 会议记录应列出出席人员。',
  '南湖社区居委会会议记录 2020年5月12日\n本页内容正在整理中。',
];

describe('a dated minutes title over numbered items', () => {
  it.each(RECORDS.map((t, i) => [i, t]))('record %i is minutes', (_, text) => {
    expect(extractFromText(text).isMinutes).toBe(true);
  });
  it.each(LOOK_ALIKES.map((t, i) => [i, t]))('look-alike %i is refused', (_, text) => {
    expect(extractFromText(text).isMinutes).toBe(false);
  });
});
