import { describe, expect, it } from 'vitest';
import { extractFromText } from '../index';

// Names transliterated from Uyghur, Kazakh or Mongolian are written in parts joined by a middle dot.
const record = (opening: string) =>
  `县人民政府常务会议纪要\n\n${opening}现纪要如下：\n一、会议同意县林业局提出的造林方案，由县林业局负责实施，6月底前完成。\n`;

describe('a chair whose name is joined by a middle dot', () => {
  it.each([
    ['2023年11月27日，县委副书记、县长艾斯克尔·阿布都维力同志主持召开县人民政府2023年第7次常务会议。', '艾斯克尔·阿布都维力'],
    ['2月18日，縣委副書記、縣長阿不都克力木·艾力同志主持召開縣人民政府第47次常務會議。', '阿不都克力木·艾力'],
    ['4月3日，县长巴特尔・额尔敦主持召开县政府常务会议。', '巴特尔・额尔敦'],
  ])('%s', (opening, presider) => expect(extractFromText(record(opening)).presider).toBe(presider));

  it('still takes a name of two or three characters', () => {
    expect(extractFromText(record('3月2日，县长王军主持召开县政府常务会议。')).presider).toBe('王军');
  });
});
