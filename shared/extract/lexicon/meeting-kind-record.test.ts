import { describe, expect, it } from 'vitest';
import { extractFromText } from '../index';
import { TITLE_MARK_ZH } from '../segment/markers';

describe('a record titled by its kind of meeting', () => {
  it('"…谈话会纪录", "座谈会记录" mark a minutes title as "会议纪录" does', () => {
    expect(TITLE_MARK_ZH.test('台北市议会第12届104年1月5日谈话会纪录')).toBe(true);
    expect(TITLE_MARK_ZH.test('教师座谈会记录')).toBe(true);
    expect(TITLE_MARK_ZH.test('会员大会将于下周召开')).toBe(false);
  });

  it('gives the record its title', () => {
    const text = ['台北市议会第12届104年1月5日谈话会纪录', '时间：104年1月5日（星期一）下午2时30分', '地点：本会议事厅', '出席议员：钟小平 王鸿薇 陈义洲 戴锡钦', '主席：吴议长碧珠', '壹、主席宣告开会', '主席裁决：本次会议无法成会改开谈话会。', '散会。'].join('\n');
    expect(extractFromText(text).title).toBe('台北市议会第12届104年1月5日谈话会纪录');
  });
});
