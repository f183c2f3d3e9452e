import { describe, expect, it } from 'vitest';
import { extractFromText } from '../index';

const zhBody = '时间:2022年4月8日上午\n地点:镇政府三楼会议室\n主持:陈立\n一、会议同意东溪村道路硬化项目立项。\n二、会议决定由镇农办牵头,于5月底前完成验收。';

describe('a file name over the text', () => {
  it('yields to the heading the document prints', () => {
    const d = extractFromText(`镇务会议记录0408.docx\n东溪镇2022年第六次镇务会议纪要\n${zhBody}`);
    expect(d.title).toBe('东溪镇2022年第六次镇务会议纪要');
  });
  it('yields to a heading naming the numbered meeting, without a minutes mark', () => {
    const d = extractFromText(`会议记录0408.docx\n镇政府召开第六次镇务会议\n${zhBody}`);
    expect(d.title).toBe('镇政府召开第六次镇务会议');
  });
  it('is kept, as a reading, where the page prints no heading', () => {
    const d = extractFromText(`东溪镇第六次镇务会议纪要.docx\n${zhBody}`);
    expect(d.title).toBe('东溪镇第六次镇务会议纪要.docx');
    expect(d.fields.title?.confidence).toBeLessThan(0.9);
  });
});
