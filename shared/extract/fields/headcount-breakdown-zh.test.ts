import { describe, expect, it } from 'vitest';
import { extractFromText } from '../index';
import { plausibleName } from './people';

describe('a headcount broken down ("共到会28人，其中，…")', () => {
  it('reads no attendee from the word that opens the breakdown', () => {
    const text = [
      '抱利村2024年第一季度民主协商会议纪要',
      '2024年3月8日，抱利村召开议事会会议。本次会议共到会28人,其中,村协商民主议事会协商主体成员19人,党员代表9人参加此次会议。',
      '会议同意由村委会出清理卫生的费用。',
    ].join('\n');
    expect(extractFromText(text).attendees).toEqual([]);
  });

  it.each(['其中', '其余', '包括', '分别'])('%s is no name', (w) => {
    expect(plausibleName(w)).toBe(false);
  });

  it.each(['李志平', '王其中'])('%s still is', (w) => {
    expect(plausibleName(w)).toBe(true);
  });
});
