/**
 * An act taken for now ("初步决定") or by the members' own vote ("民主审议通过", "民主推选") stands
 * between the body and its act as "一致" or "原则" do: the act is the meeting's all the same
 * (lexicon/zh.ts ZH_RECORD.adverbs).
 */
import { describe, expect, it } from 'vitest';
import { extractFromText } from '../index';
import { actStart } from './narrative-acts';

describe('an adverb of a provisional or voted act', () => {
  it.each([
    ['本次会议共民主审议通过《财务管理制度》等五项制度。', '本次会议共民主审议通过'],
    ['全体党员民主推选李某为支部书记。', '全体党员民主推选李某'],
    ['会议初步决定于9月举办会员联谊活动。', '会议初步决定于9月'],
    ['经讨论，理事会初步决定年会于11月举行。', '经讨论，理事会初步决定'],
  ])('%s', (s, start) => {
    const at = actStart(s);
    expect(at).toBeGreaterThanOrEqual(0);
    expect(s.slice(at)).toMatch(new RegExp(`^${start}`));
  });

  it('reads a team note’s bulleted outcomes told with them', () => {
    const text = [
      '# 第一次小组会议记录',
      '* **会议时间**: 2024年3月2日 20:00',
      '* **与会人员**: 王某、李某、张某',
      '* **讨论内容**:',
      '1. **项目选题**:',
      '   * 初步决定选题方向为校园二手交易平台',
      '   * 初步确定采用微信小程序实现',
      '2. **其他**:',
      '   * 认为竞品功能单一，体验较差。',
    ].join('\n');
    const got = extractFromText(text).decisions.map((d) => d.text);
    expect(got.some((t) => t.startsWith('初步决定选题方向'))).toBe(true);
    expect(got.some((t) => t.startsWith('初步确定采用'))).toBe(true);
    expect(got.some((t) => t.startsWith('认为竞品'))).toBe(false);
  });

  it('leaves a plan or a view with the same words alone', () => {
    expect(actStart('小组初步了解了需求，下周继续讨论。')).toBe(-1);
    expect(actStart('王书记强调，要发扬民主，同意的事项要抓紧落实。')).toBe(-1);
  });
});
