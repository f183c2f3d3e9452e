import { describe, expect, it } from 'vitest';
import { extractFromText } from '../index';

const zhBody = '3月5日上午,县长李明主持召开县政府第十二次常务会议,副县长王强、赵刚出席会议。\n会议审议通过了《关于加强农田水利建设的实施意见》。\n会议还研究了其他事项。';

describe('the heading line, where no minutes title is printed', () => {
  it('a short Chinese headline naming the meeting, over the record, is the title as a reading', () => {
    const d = extractFromText(`东岭:县政府召开2020年第十二次常务会议\n${zhBody}`);
    expect(d.isMinutes).toBe(true);
    expect(d.title).toBe('东岭:县政府召开2020年第十二次常务会议');
    expect(d.fields.title?.confidence).toBeLessThan(0.9);
  });
  it('a record that opens on its first sentence gets no title', () => {
    const d = extractFromText(zhBody);
    expect(d.isMinutes).toBe(true);
    expect(d.title).toBeNull();
  });
  it('a line that names no meeting (a body, a site greeting) is not a heading', () => {
    expect(extractFromText(`社团法人东岭县山林守护联盟\n${zhBody}`).title).toBeNull();
    expect(extractFromText(`欢迎访问东岭县人民政府\n${zhBody}`).title).toBeNull();
  });
  it('a listing stamp before the headline is left out', () => {
    const d = extractFromText(`2025-03-06 18:40│东岭股份(000123):第五届董事会第三次会议\n${zhBody}`);
    expect(d.title).toBe('东岭股份(000123):第五届董事会第三次会议');
  });

  const enBody = 'I. Call to order. The Chair called the Board meeting to order at 7:04 p.m.\nPresent: A Smith, B Jones\nII. Motion by A Smith, seconded by B Jones, to approve the budget as presented. Motion carried.';
  it('an English date line alone over the record is its date, no heading; nor is one the opening sentence repeats', () => {
    const dated = extractFromText(`14 March 2021\n${enBody}`);
    expect(dated.title).toBeNull();
    expect(dated.meetingDate).toBe('2021-03-14');
    const dateline = extractFromText(`14 March 2021\nThe Village Council held its meeting on 14 March 2021 at 7pm.\n${enBody}`);
    expect(dateline.title).toBeNull();
  });
  it('a short dated heading naming the meeting by its initials is the title', () => {
    expect(extractFromText(`THE RIVERSIDE WALKERS SOCIETY\nA.G.M. 12 MARCH 2019\n${enBody}`).title).toBe('A.G.M. 12 MARCH 2019');
  });
  it("a records portal's address bar run into the text gives the file's name", () => {
    const d = extractFromText(`HomeMy WebLinkAboutCity Council Minutes 03-14-2019 SpecialAdopted Minutes Special Council Meeting March 14, 2019 A Special Meeting of the Riverside City Council was called to order by Mayor Smith at 5:30 p.m. Present: Mayor Smith, Councilmembers Jones and Brown. Motion by Jones, seconded by Brown, to adopt the budget. Motion carried.`);
    expect(d.title).toBe('City Council Minutes 03-14-2019 Special');
    expect(d.fields.title?.confidence).toBeLessThan(0.9);
  });
});
