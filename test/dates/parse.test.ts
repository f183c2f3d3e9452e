import { describe, expect, it } from 'vitest';
import { isoDateOf, parseDateInput } from '../../shared/dates/parse';

describe('parseDateInput', () => {
  const good: [string, string][] = [
    ['2025-06-18', '2025-06-18'],
    ['2025-6-8', '2025-06-08'],
    ['2025/6/18', '2025-06-18'],
    ['2025.6.18', '2025-06-18'],
    ['2025年6月18日', '2025-06-18'],
    ['2025 年 6 月 18 日', '2025-06-18'],
    ['2025年6月18号', '2025-06-18'],
    ['２０２５年６月１８日', '2025-06-18'],
    ['二〇二五年六月十八日', '2025-06-18'],
    ['二〇二五年十二月三十一日', '2025-12-31'],
    ['民國114年6月18日', '2025-06-18'],
    ['民国114年6月18日', '2025-06-18'],
    ['2024-02-29', '2024-02-29'],
  ];
  it.each(good)('reads %s as %s', (text, iso) => {
    expect(parseDateInput(text)).toEqual({ ok: true, iso });
    expect(isoDateOf(text)).toBe(iso);
  });

  const bad: [string, 'format' | 'calendar'][] = [
    ['2025-02-30', 'calendar'],
    ['2025-13-01', 'calendar'],
    ['2023年2月29日', 'calendar'],
    ['6月底前', 'format'],
    ['18/06/2025', 'format'],
    ['next week', 'format'],
    ['2025年6月', 'format'],
    ['民國114年', 'format'],
  ];
  it.each(bad)('refuses %s (%s)', (text, reason) => {
    expect(parseDateInput(text)).toEqual({ ok: false, reason });
    expect(isoDateOf(text)).toBeUndefined();
  });

  it('an empty field is no date, not a wrong one', () => {
    expect(parseDateInput('')).toBeNull();
    expect(parseDateInput('   ')).toBeNull();
  });
});
