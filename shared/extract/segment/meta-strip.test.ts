import { describe, expect, it } from 'vitest';
import { extractFromText } from '../index';
import { isMetaStrip } from './labels';

describe('a page strip against a meeting’s own date and time', () => {
  it('a strip naming the page’s source, author or count is the page’s', () => {
    expect(isMetaStrip('发布时间：2021-06-28 来源：县政府办')).toBe(true);
    expect(isMetaStrip('日期：2021-06-28 浏览次数：54')).toBe(true);
  });

  it('"日期：… 时间：…" alone is the meeting’s date and time', () => {
    expect(isMetaStrip('日期:2008/8/31(主日) 时间:6:00 PM')).toBe(false);
    const text = ['第五次筹备会会议纪录', '日期:2008/8/31(主日) 时间:6:00 PM', '主席:刘再生牧师', '出席:余耀发、章加恩、王保罗', '讨论与决议:', '1. 大会经费请及时交给司库。', '2. 下届退修会由筹备组负责安排。'].join('\n');
    expect(extractFromText(text).meetingDate).toBe('2008-08-31');
  });
});
