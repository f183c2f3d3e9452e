import { describe, expect, it } from 'vitest';
import { extractFromText } from '../index';

// 于 is a surname as well as "at": after a post and before the words 主持/召开, it opens the name.
const record = (opening: string) =>
  `局务会议纪要\n\n${opening}会议研究了以下事项：\n一、会议同意关于校舍维修的方案，由办公室负责实施，6月底前完成。\n`;

describe('the chair surnamed 于 in a "…主持召开" opening', () => {
  it.each([
    ['3月2日上午，区长于晓东主持召开区政府第4次常务会议。', '于晓东'],
    ['3月2日，局长于波主持召开局务会议。', '于波'],
    ['3月2日，局长王军于局三楼会议室主持召开局务会议。', '王军'],
  ])('%s', (opening, presider) => expect(extractFromText(record(opening)).presider).toBe(presider));

  it.each(['3月2日，局长于上午主持召开局务会议。', '3月2日，局长于会议室主持召开局务会议。'])('takes no time or place for a name: %s', (opening) => {
    expect(extractFromText(record(opening)).presider ?? '').not.toMatch(/^于/);
  });
});
