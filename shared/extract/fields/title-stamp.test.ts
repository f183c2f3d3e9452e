import { describe, expect, it } from 'vitest';
import { stampAt, withoutStamp } from './title-stamp';

const hit = (value: string) => ({ value, start: 10, end: 10 + value.length, confidence: 0.9 });

describe('withoutStamp', () => {
  it('drops a posting stamp set apart after the title', () => {
    expect(withoutStamp(hit('镇政府第五次专题会议纪要  2024-03-08'))?.value).toBe('镇政府第五次专题会议纪要');
    expect(withoutStamp(hit('Parks Committee Minutes | 2021-11-02 09:15'))?.value).toBe('Parks Committee Minutes');
    expect(withoutStamp(hit('村民代表会议记录 2019/07/01'))?.value).toBe('村民代表会议记录');
  });
  it('keeps a date that is part of the heading', () => {
    expect(withoutStamp(hit('Annual Meeting Minutes 2018-04-21'))?.value).toBe('Annual Meeting Minutes 2018-04-21');
    expect(withoutStamp(hit('Minutes of the Board - 5 May 2020'))?.value).toBe('Minutes of the Board - 5 May 2020');
  });
  it('moves the span with the value', () => {
    const t = withoutStamp(hit('理事会会议纪要  2024-03-08'));
    expect([t?.start, t?.end]).toEqual([10, 17]);
  });
});

describe('stampAt', () => {
  it('finds a stamp set apart after a title, and nothing in a heading that carries its date', () => {
    expect(stampAt('Parks Committee Minutes  2021-11-02')).toBe(25);
    expect(stampAt('Annual Meeting Minutes 2018-04-21')).toBe(-1);
  });
});
