import { describe, expect, it } from 'vitest';
import { extractFromText } from '../index';

describe('a company ending in 讯 beside a member’s name', () => {
  it('is no outlet’s dateline: the notes are minutes', () => {
    const d = extractFromText(
      ['# 社区例会', '', '## 会议时间： 2022年3月10日', '## 会议主持： 田忠-腾讯(暂代)', '## 会议书记： 郁葱葱-腾讯(暂代)', '## 参会人员：', '田忠-腾讯、孙静雯-腾讯、戴纯兴-浪潮', '', '## 会议纪要：', '1. 筹建发布SIG', '- 【结论】：与会人员无异议，批准成立发布SIG'].join('\n'),
    );
    expect(d.isMinutes).toBe(true);
  });

  it('leaves an outlet’s dateline a news story’s mark', () => {
    const d = extractFromText(['县政府召开常务会议', '本报讯（记者 王明）3月10日，县长李华主持召开县政府常务会议，会议研究了春耕工作。', '会议要求，各部门要抓好落实。'].join('\n'));
    expect(d.isMinutes).toBe(false);
  });
});
