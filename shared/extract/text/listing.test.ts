import { describe, expect, it } from 'vitest';
import { isListingLine } from './listing';

describe('a document site listing line', () => {
  it('is a snippet with its upload date between dots', () => {
    expect(isListingLine('river board minutes of the works … 12th... · 2019-03-02 · 5 march...')).toBe(true);
    expect(isListingLine('Post on 14-Feb-2021')).toBe(true);
    expect(isListingLine('Upload: others')).toBe(true);
    expect(isListingLine('12 views')).toBe(true);
    expect(isListingLine('0 download')).toBe(true);
  });
  it('is a hosting site’s file particulars, buttons and page counters', () => {
    expect(isListingLine('资源ID：90211  页数：4页  浏览：733次')).toBe(true);
    expect(isListingLine('所需积分：3 | 文档格式：PDF')).toBe(true);
    expect(isListingLine('上传者：hxw2019')).toBe(true);
    expect(isListingLine('免费下载  收藏  举报')).toBe(true);
    expect(isListingLine('【下载】【打印】')).toBe(true);
    expect(isListingLine('512次浏览 · 8次下载')).toBe(true);
    expect(isListingLine('第2页 / 共7页')).toBe(true);
    expect(isListingLine('Transcription')).toBe(true);
    expect(isListingLine('Views: 2,310')).toBe(true);
    expect(isListingLine('Page 3 of 9')).toBe(true);
    expect(isListingLine('Download | Share this document')).toBe(true);
  });
  it('is not a record line', () => {
    expect(isListingLine('Minutes of the Board meeting held on 2 March 2019')).toBe(false);
    expect(isListingLine('Date: 2019-03-02 · Venue: Town Hall · Chair: J. Smith')).toBe(false);
    expect(isListingLine('出席：买买提·艾力、张某某')).toBe(false);
    expect(isListingLine('12 members were present')).toBe(false);
    expect(isListingLine('时间：2020年5月6日  地点：三楼会议室')).toBe(false);
    expect(isListingLine('下载中心建设方案：原则同意')).toBe(false);
    expect(isListingLine('Report of the Treasurer')).toBe(false);
    expect(isListingLine('3. Download of council papers')).toBe(false);
  });
});
