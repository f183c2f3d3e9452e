import { describe, expect, it } from 'vitest';
import { findAssignees } from './assignees';

const names = (t: string) => findAssignees(t, 'zh').map((f) => f.name);

// The same work given in Simplified and Traditional script: both name the same body, as printed.
const PAIRS: [string, string, string[], string[]][] = [
  ['责成县市场监管局于本月底前完成整改。', '責成縣市場監管局於本月底前完成整改。', ['县市场监管局'], ['縣市場監管局']],
  ['会议决定县教育局于6月底前完成校舍排查。', '會議決定縣教育局於6月底前完成校舍排查。', ['县教育局'], ['縣教育局']],
  ['区公所应在6月30日前提出改善方案。', '區公所應在6月30日前提出改善方案。', ['区公所'], ['區公所']],
  ['总务处负责采购事宜。', '總務處負責採購事宜。', ['总务处'], ['總務處']],
  ['教务处须于开学前完成排课。', '教務處須於開學前完成排課。', ['教务处'], ['教務處']],
  ['市财政局应当尽快拨付资金。', '市財政局應當儘快撥付資金。', ['市财政局'], ['市財政局']],
];

describe('assignees in either script', () => {
  it.each(PAIRS)('%s / %s', (simplified, traditional, s, t) => {
    expect(names(simplified)).toEqual(s);
    expect(names(traditional)).toEqual(t);
  });
});

describe('a body before its deadline with 在', () => {
  it.each([
    ['县财政局在本月底前拨付资金。', ['县财政局']],
    ['市住建局在9月30日前完成验收。', ['市住建局']],
    ['各街道在5月20日之前提交排查清单。', ['各街道']],
    ['區公所在年底以前啟動招標。', ['區公所']],
  ])('%s', (text, want) => {
    expect(names(text)).toEqual(want);
  });
  it('names no one where the meeting or a time is before it', () => {
    expect(names('会议在6月底前完成了验收。')).toEqual([]);
    expect(names('會議強調，各單位要加強管理。')).toEqual([]);
  });
});
