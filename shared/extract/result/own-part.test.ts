import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { extractFromText } from '../index';
import { linesFromText } from '../linearize/lines';
import { segment } from '../segment/segment';
import { withoutTopChrome } from './own-part';

const widget = ['跳到主要内容区块', '晴天', '今日气温', '25 ~ 31', ...['北区', '南区', '东区', '西区'].flatMap((d, i) => [`• ${d}`, 'AQI', String(60 + i * 9), i % 2 ? '普通' : '良好'])];

describe('the page from its first line of its own', () => {
  it('cuts the chrome above, with every line’s offset still pointing at its text', () => {
    const seg = segment(linesFromText([...widget, '某县第三次常务会议纪要', '时间：2022年5月9日'].join('\n')));
    const own = withoutTopChrome(seg);
    expect(own.lines[0].text).toBe('某县第三次常务会议纪要');
    for (const l of own.lines) expect(own.text.slice(l.start, l.end)).toBe(l.text);
    expect(own.lines.map((l) => l.i)).toEqual(own.lines.map((_, i) => i));
  });

  // Real pages of test/pages, each read as it is and below a portal's widgets: the same verdict.
  it.each([
    ['neg-zh-news-lianshui-county-head-office-2-2022', false],
    ['neg-zh-news-wuzhi-county-exec-48-2011-10', false],
    ['zh-cetc-optoelectronics-first-party-committee', true],
  ] as const)('%s reads the same below a portal’s widgets', (id, minutes) => {
    const text = readFileSync(join(import.meta.dirname, '../../../test/pages', id, 'source.txt'), 'utf8');
    expect(extractFromText(text).isMinutes).toBe(minutes);
    expect(extractFromText([...widget, text].join('\n')).isMinutes).toBe(minutes);
  });
});
