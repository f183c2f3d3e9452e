import { describe, expect, it } from 'vitest';
import { isChrome } from './markers';

describe('isChrome: a post\'s dateline', () => {
  it('dates the upload, so it is furniture', () => {
    expect(isChrome('Published 12 June 2024 · News team · 3 min read')).toBe(true);
    expect(isChrome('Posted on May 3, 2023 by admin')).toBe(true);
    expect(isChrome('Last updated: 14/02/2022')).toBe(true);
    expect(isChrome('Updated Tuesday 4 April 2023')).toBe(true);
  });
  it('leaves a record\'s own lines alone', () => {
    expect(isChrome('Published accounts for the year were received and noted.')).toBe(false);
    expect(isChrome('Updated terms of reference were adopted.')).toBe(false);
    expect(isChrome('Posted notices: the clerk confirmed the agenda was posted on 3 May.')).toBe(false);
  });
});

describe('isChrome: a post\'s stamp', () => {
  it('a day with its clock time on a short line naming no meeting', () => {
    expect(isChrome('原创 县政府办 清河发布 2024-06-12 10:30 发表于河北')).toBe(true);
    expect(isChrome('2023年5月6日 08:15 来源：本站')).toBe(true);
    expect(isChrome('Original · County News · 12 June 2024 10:30')).toBe(true);
  });
  it('not a meeting\'s own time or date', () => {
    expect(isChrome('时间：2024年6月12日 9:30')).toBe(false);
    expect(isChrome('2024年6月12日 9:30，县政府召开常务会议')).toBe(false);
    expect(isChrome('Tuesday, 12 June 2024 at 7:00 pm')).toBe(false);
    expect(isChrome('Meeting of the Board · 12 June 2024')).toBe(false);
    expect(isChrome('Present: A. Smith | B. Jones | C. Brown')).toBe(false);
    expect(isChrome('CB | Renew the insurance | 1 June 2021')).toBe(false);
  });
});

describe('isChrome: a day and time alone', () => {
  it('may be the meeting\'s, so it stays', () => {
    expect(isChrome('2020-12-22 09:00:00')).toBe(false);
  });
});

describe('isChrome: a photo’s caption', () => {
  it('is furniture', () => {
    expect(isChrome('图为召开第一届理事会2020年第一次会议')).toBe(true);
    expect(isChrome('（圖為會議現場）')).toBe(true);
  });
  it('leaves a sentence that speaks of a picture', () => {
    expect(isChrome('会议审议了图书馆宣传图册的设计方案。')).toBe(false);
  });
});

describe('isChrome: a link back to the site\'s listing', () => {
  it('names the page it leads to, so it is furniture', () => {
    expect(isChrome('[Back to Eagle Township Minutes & Agendas page]')).toBe(true);
    expect(isChrome('« Return to Meetings')).toBe(true);
    expect(isChrome('Back to the Council Minutes page')).toBe(true);
    expect(isChrome('Return to Agendas')).toBe(true);
  });
  it('not a record\'s sentence that says back to', () => {
    expect(isChrome('Back to school night was discussed.')).toBe(false);
    expect(isChrome('Return to work policy: the board agreed to review it.')).toBe(false);
  });
});
