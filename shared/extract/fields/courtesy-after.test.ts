import { describe, expect, it } from 'vitest';
import { joinCourtesy } from './courtesy-after';
import { extractFromText } from '../index';

describe('a courtesy title after the name, set off by a space', () => {
  it('joins a title standing alone to the name before it, as printed', () => {
    expect(joinCourtesy(['鄧耀榮', '先生', '黃詩韻', '女士'])).toEqual(['鄧耀榮 先生', '黃詩韻 女士']);
    expect(joinCourtesy(['劉慧卿', '議員', '楊耀忠議員'])).toEqual(['劉慧卿 議員', '楊耀忠議員']);
    expect(joinCourtesy(['张三', '李四', '王五'])).toEqual(['张三', '李四', '王五']);
    expect(joinCourtesy(['先生'])).toEqual(['先生']);
  });

  const page = (head: string) => `某某大廈業主立案法團管理委員會會議紀錄\n${head}\n會議決議事項如下：\n一、通過2024年度財政預算。\n二、由秘書負責聯絡承辦商，6月底前完成。`;
  it.each([
    '出席者：鄧耀榮 先生、黃詩韻 女士、陳愛美 女士',
    '出席者：\n鄧耀榮 先生\n黃詩韻 女士\n陳愛美 女士',
    '出席者：\n鄧耀榮 先生 (主席)\n黃詩韻 女士 (秘書)\n陳愛美 女士 (司庫)',
    '出席：鄧耀榮 先生 黃詩韻 女士 陳愛美 女士',
  ])('%s', (head) => {
    expect(extractFromText(page(head)).attendees).toEqual(['鄧耀榮 先生', '黃詩韻 女士', '陳愛美 女士']);
  });
});
