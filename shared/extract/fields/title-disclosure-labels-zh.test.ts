import { describe, expect, it } from 'vitest';
import { extractFromText } from '../index';

// A government disclosure page prints the record's name in its metadata ("信息名称:…", "内容概述:…") above
// the record's own heading: the heading as printed is the title, not a label's line.
describe('a disclosure page naming the record in its metadata', () => {
  it('takes the heading, not the labelled line', () => {
    const text = [
      '您当前的位置:',
      '首页 >> 政务公开 >> 正文',
      '信息名称:市政府第20次常务会议纪要',
      '索 引 号:014109429/2023-00077',
      '生成日期:2023-07-12 公开日期:2023-07-20 废止日期:有效',
      '内容概述:市政府第20次常务会议纪要',
      '市政府第20次常务会议纪要',
      '2023年7月5日上午,市长盛蕾在市行政中心清风厅主持召开市政府第20次常务会议,纪要如下:',
      '一、会议审议了《关于进一步加强统计基层基础建设的实施意见》。会议原则同意,由市统计局会同有关部门抓好落实。',
    ].join('\n');
    expect(extractFromText(text).title).toBe('市政府第20次常务会议纪要');
  });
});
