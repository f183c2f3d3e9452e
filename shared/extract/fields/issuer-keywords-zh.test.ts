import { describe, expect, it } from 'vitest';
import { extractFromText } from '../index';

const page = (line: string) =>
  extractFromText(['市政府第58次常务会议召开', '', '会议时间', '2019-04-11', line, '会议内容', '', '4月8日,市长陈平主持召开第58次市政府常务会议。会议审议并原则通过了《关于推动“六稳”工作落地见效的实施意见》。'].join('\n'));

describe('a header line of words parted by single spaces', () => {
  it('is a page’s keywords, no issuer', () => {
    expect(page('陈平 会议 召开 主持 市政府').issuer).toBeNull();
  });

  it('is still a body’s name when spaced out letter by letter', () => {
    expect(page('菏 泽 市 人 民 政 府').issuer).toBe('菏 泽 市 人 民 政 府');
  });
});
