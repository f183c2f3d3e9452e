import { describe, expect, it } from 'vitest';
import { extractFromText } from '../index';
import { splitSentences } from './sentences';

// Made-up lines where a quotation closes after its stop and the next sentence follows with no space.
const QUOTED: [string, string][] = [
  ['秘书处提出建议：“年会延期至明年召开。”经理事会研究同意年会延期召开。', '经理事会研究同意年会延期召开。'],
  ['会长转达了会员的意见：「会费标准不宜上调。」会议决定维持现行会费标准。', '会议决定维持现行会费标准。'],
  ['主任说：“方案可行！”会议同意实施该方案。', '会议同意实施该方案。'],
  ['社员反映『活动场地太小。』經討論，決定改租大禮堂。', '經討論，決定改租大禮堂。'],
];

describe('a quotation closed after its stop ends its sentence', () => {
  it.each(QUOTED)('%s', (line, second) => {
    const got = splitSentences(line, 'zh').map((s) => s.text);
    expect(got).toHaveLength(2);
    expect(got[1]).toBe(second);
  });
  it('the outcome after the quotation is read', () => {
    const text = ['某协会理事会纪要', '协会理事会于3月2日召开，会长王明主持会议。', QUOTED[0][0]].join('\n');
    expect(extractFromText(text).decisions.map((d) => d.text)).toContain(QUOTED[0][1]);
  });
});

// Initials run together before a surname ("M.A. Goheen") stand inside a name, as one initial does.
describe('initials run together before a name', () => {
  it.each([
    ['Motion by M.A. Goheen, seconded by C. Keip for deviation. Carried.', 'Motion by M.A. Goheen, seconded by C. Keip for deviation.'],
    ['Moved by J.R. Smith, seconded by A. Lee. Carried.', 'Moved by J.R. Smith, seconded by A. Lee.'],
    ['Report by J.R.R. Tolkien and M. Lee was received. Noted.', 'Report by J.R.R. Tolkien and M. Lee was received.'],
  ])('%s', (text, first) => {
    expect(splitSentences(text, 'en')[0].text).toBe(first);
  });
  it('a sentence ending in initials still ends before the next', () => {
    expect(splitSentences('The office is in the U.S. The meeting ended.', 'en').map((s) => s.text)).toEqual(['The office is in the U.S.', 'The meeting ended.']);
  });
});

// Titles shortened with a stop before a name: councils', clergy's and officers' ("Counc. Shea", "Fr. Stephen").
describe('a shortened title before a name', () => {
  it.each([
    ['MOVED by Counc. Shea and seconded by Counc. Kilfoil that the minutes be approved. CARRIED.', 'MOVED by Counc. Shea and seconded by Counc. Kilfoil that the minutes be approved.'],
    ['Fr. Stephen had met with the funeral team. Training will start after Lent.', 'Fr. Stephen had met with the funeral team.'],
    ['Report from Sgt. Lee on the speed checks was received. Noted.', 'Report from Sgt. Lee on the speed checks was received.'],
  ])('%s', (text, first) => {
    expect(splitSentences(text, 'en')[0].text).toBe(first);
  });
});
