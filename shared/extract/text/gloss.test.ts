import { describe, expect, it } from 'vitest';
import { extractFromText } from '../index';
import { linesFromText } from '../linearize/lines';
import { glossRanges, unglossLinear } from './gloss';

const RECORD = '5日上午，区长王某某主持召开区政府常务会议。\n会议听取了关于老旧小区改造的汇报，决定由区住建局牵头推进。\n会议审议并原则通过了《某区河道管理办法》。';
/** The record as a mirror serves it: a pinyin gloss after some characters. */
const GLOSSED = RECORD.replace(/会/g, '会(huì)').replace(/议/g, '议(yì)').replace(/导/g, '导(dǎo)').replace(/区/g, '区(qū)');

describe('pinyin glosses beside the characters', () => {
  it('are found only where a page glosses often, with a tone mark', () => {
    expect(glossRanges(GLOSSED).length).toBeGreaterThan(5);
    expect(glossRanges(RECORD)).toEqual([]);
    // A bracketed letter after a character is a sub-item, not a gloss.
    expect(glossRanges('第一条(a)款与第二条(b)款及第三条(c)款')).toEqual([]);
    expect(glossRanges('汉字 hàn zì，拼音 pīn yīn，声调 shēng diào')).toHaveLength(3);
  });

  it('are taken out of the lines, with offsets that lead back to the printed text', () => {
    const g = unglossLinear(linesFromText(GLOSSED))!;
    expect(g.lin.text).toBe(RECORD);
    for (const l of g.lin.lines) expect(g.lin.text.slice(l.start, l.end)).toBe(l.text);
    const i = RECORD.indexOf('区政府常务会议');
    expect(g.printed.slice(g.at(i), g.at(i + '区政府常务会议'.length))).toBe('区(qū)政府常务会(huì)议(yì)');
    expect(g.unfold('区住建局')).toBe('区(qū)住建局');
  });

  it("come back in a value whose spacing is not the text's: an item joined from its lines, spaces made one", () => {
    const g = unglossLinear(linesFromText(GLOSSED))!;
    // Two lines joined into one item, with nothing or a space between them.
    const joined = '决定由区住建局牵头推进。会议审议并原则通过了';
    expect(g.unfold(joined)).toBe('决定由区(qū)住建局牵头推进。会(huì)议(yì)审议(yì)并原则通过了');
    expect(g.unfold('推进。 会议审议')).toBe('推进。 会(huì)议(yì)审议(yì)');
    // A run gloss ("汉字 hàn zì") is put back after its word, without the space that set it off twice.
    const run = unglossLinear(linesFromText('汉字 hàn zì，拼音 pīn yīn\n声调 shēng diào 很重要'))!;
    expect(run.unfold('拼音声调')).toBe('拼音 pīn yīn声调 shēng diào');
    // Characters that are not in the page in that order stay as they were.
    expect(g.unfold('住建局区')).toBe('住建局区');
  });

  it('do not keep a record from being read, and its values come back as printed', () => {
    const d = extractFromText(GLOSSED);
    expect(d.isMinutes).toBe(true);
    expect(d.presider).toBe('王某某');
    expect(d.text).toBe(GLOSSED);
    const span = d.fields.presider?.span;
    expect(span && GLOSSED.slice(span.start, span.end)).toBe('王某某');
  });
});
