import { describe, expect, it } from 'vitest';
import { extractFromText } from '../index';

const head = 'Minutes of the Regular Meeting of the Water District Board\nMonday, June 25, 2007\n';
const body = '1. Call to Order\nRESOLVED THAT the budget be adopted as presented.\nCarried.\n';

describe('a line of names beside the list as read', () => {
  it('on the line after the list, read by no label, makes the list a reading', () => {
    const d = extractFromText(
      `${head}Present\nJohn Bishara (Chairman), Judy Harris, with Shane Heremaia (CEO).\nNgahere Wall (Taupo office), Heemi Biddle, Tangonui Kingi, Patricia Otimi (Turangi office) joined from remote locations.\n${body}`,
    );
    expect(d.attendees).toContain('Judy Harris');
    expect(d.fields.attendees?.confidence).toBeLessThan(0.9);
  });
  it('a Chinese group of members over the list', () => {
    const d = extractFromText('環境信託自然谷諮詢委員會議\n時間:2012/08/05 pm13:30\n主席:施純榮\n諮詢委員:吳杰峰,遲玉堃,許瑞娟,蘇筱芸\n列席:賴榮孝,張菁砡,柯典一,林金保\n記錄:李慈雯\n會議結論:\n1.財務:請筱芸協助另找時間開會討論。\n2.下次開會另外約定。\n');
    expect(d.attendees).toContain('賴榮孝');
    expect(d.fields.attendees?.confidence).toBeLessThan(0.9);
  });
  it('leaves the list sure beside the absent or the minute-taker', () => {
    const d = extractFromText(`${head}Members Present: Beverly Fronde, George Rhine, Janet Zeider\nMembers Absent: Bert Cornick, Ken Henschel\nMinutes: Julie Russell, Ann Lee\n${body}`);
    expect(d.attendees).toEqual(['Beverly Fronde', 'George Rhine', 'Janet Zeider']);
    expect(d.fields.attendees?.confidence).toBeGreaterThanOrEqual(0.9);
  });
});
