import { describe, expect, it } from 'vitest';
import { extractFromText } from '../index';
import { decisionDoubted } from './decision-doubt';

describe('a decision item that is only a motion title, or cut at a comma', () => {
  it.each([
    ['11:01–11:05 Motion to adopt the voting system, Greg Brimble', 'en'],
    ['Motion re the hall hire fees', 'en'],
    ['合约要显示 提供资讯，', 'zh'],
    ['同意增补甲公司、', 'zh'],
  ] as const)('doubts %s', (t, lang) => expect(decisionDoubted(t, lang)).toBe(true));

  it.each([
    ['Motion to adopt the agenda carried unanimously.', 'en'],
    ['THAT the minutes of the regular meeting be adopted as circulated.', 'en'],
    ['同意增补甲公司为常务副会长单位。', 'zh'],
  ] as const)('trusts %s', (t, lang) => expect(decisionDoubted(t, lang)).toBe(false));

  it('makes a list under a decisions heading a reading when one item is a bare motion title', () => {
    const text =
      'Club Annual General Meeting 2021\n\nMinutes\n\n- 2021-02-26 11:00 Call to order\n\nMotions\n\n- 11:01–11:05 Motion to adopt the voting system, Ann Lee\n\n  Ann Lee moves to adopt the STV election method.\n\n  Motion carried unanimously.\n- Bob Roe moves to suspend the rules.\n  Motion carried unanimously.\n\nReports\n\n- 11:05 Treasurer\'s report, Cy Poe\n';
    const d = extractFromText(text);
    expect(d.decisions.length).toBeGreaterThan(0);
    expect(d.fields.decisions?.confidence).toBeLessThanOrEqual(0.8);
  });
});
