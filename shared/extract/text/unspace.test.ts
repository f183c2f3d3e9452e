import { describe, expect, it } from 'vitest';
import { extractFromText } from '../index';
import { linesFromText } from '../linearize/lines';
import { isSpacedCjk, unspaceCjk, unspaceLinear } from './unspace';

const spaced = (s: string) => s.split('\n').map((l) => [...l].join(' ')).join('\n');
const RECORD = '某某委员会第三次会议纪要\n日期：二〇一九年三月四日\n出席者：\n陈大文（主席）\n李小明\n一、会议同意拨款十万元，由财务处负责。\n二、会议通过上次会议纪要。\n';

describe('text with a space between every Chinese character', () => {
  it('is told from text that only has spaces between words', () => {
    expect(isSpacedCjk(spaced(RECORD))).toBe(true);
    expect(isSpacedCjk(RECORD)).toBe(false);
    expect(isSpacedCjk('Present: A. Smith, B. Jones. The minutes were approved.')).toBe(false);
  });

  it('loses those spaces and keeps the others', () => {
    expect(unspaceCjk('会 议 纪 要 No. A 出 席 ： 陈 大 文 、 李 小 明')).toBe('会议纪要 No. A 出席：陈大文、李小明');
  });

  it('gives lines whose offsets point into the new text', () => {
    const lin = unspaceLinear(linesFromText(spaced(RECORD)))!;
    expect(lin.lines.map((l) => l.text)).toEqual(RECORD.trim().split('\n'));
    for (const l of lin.lines) expect(lin.text.slice(l.start, l.end)).toBe(l.text);
    expect(unspaceLinear(linesFromText(RECORD))).toBeNull();
  });

  it('extracts such a record as it would the same record printed without the spaces', () => {
    const d = extractFromText(spaced(RECORD));
    expect(d.isMinutes).toBe(true);
    expect(d.title).toBe('某某委员会第三次会议纪要');
    expect(d.meetingDate).toBe('2019-03-04');
    expect(d.presider).toBe('陈大文');
  });
});
