import { describe, expect, it } from 'vitest';
import { compactLabelDate } from './compact-date';
import { extractFromText } from '../index';

describe('a labelled meeting time printed as digits run together', () => {
  const zh = (head: string) => `某某协会理事会会议纪要\n${head}\n会议议定事项如下：\n一、同意2024年度工作计划。\n二、由秘书处负责筹备年会，6月底前完成。`;
  const en = (head: string) => `Minutes of the Board Meeting\n${head}\nPresent: John Smith, Mary Jones, Tom Brown\n1. Budget\nIt was agreed that the budget be approved.`;
  it.each([
    [zh('一、時  間:20090523  1430~ 1545'), '2009-05-23'],
    [zh('时间：20190529 19:00-21:00'), '2019-05-29'],
    [zh('日期：20190529（星期三）'), '2019-05-29'],
    [zh('會議時間：20201231 下午2時'), '2020-12-31'],
    [en('Date: 20190529'), '2019-05-29'],
    [en('Date: 20190529, 7pm, Town Hall'), '2019-05-29'],
  ])('%s', (text, iso) => {
    expect(extractFromText(text).meetingDate).toBe(iso);
  });

  it('only eight digits that are a date, at the value’s start', () => {
    expect(compactLabelDate('20190231')).toBeNull();
    expect(compactLabelDate('20191301')).toBeNull();
    expect(compactLabelDate('201905290')).toBeNull();
    expect(compactLabelDate('第20190529号')).toBeNull();
    expect(compactLabelDate(' 20200229 ')).toMatchObject({ iso: '2020-02-29', index: 1, length: 8 });
  });
});
