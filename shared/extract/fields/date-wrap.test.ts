import { describe, expect, it } from 'vitest';
import { extractFromText } from '../index';

const enItems = 'Present: Cllr A Smith, Cllr B Jones\n1. Apologies\nRESOLVED that the apologies be accepted. Carried.\n2. Budget\nRESOLVED that the budget be adopted. Carried.';

describe('a meeting date broken over two lines', () => {
  it('is read whole in English', () => {
    const d = extractFromText(`Minutes of the Meeting of Upper Marsh Parish Council held on Monday 8th\nMarch 2021 at 7.30pm in the Village Hall\n${enItems}`);
    expect(d.meetingDate).toBe('2021-03-08');
  });
  it('is a reading where only the two lines together date the meeting', () => {
    const d = extractFromText(`Upper Marsh Parish Council\nThe Council met on Monday 8th\nMarch 2021 at 7.30pm in the Village Hall.\n${enItems}`);
    expect(d.meetingDate).toBe('2021-03-08');
    expect(d.fields.meetingDate?.confidence).toBeLessThan(0.9);
  });
  it('gives its year to a day printed without one', () => {
    const d = extractFromText(`东溪镇镇务会议纪要\n2022年4\n月8日上午，镇长陈立主持召开镇务会议。\n一、会议同意东溪村道路硬化项目立项。\n二、会议决定由镇农办牵头，于5月底前完成验收。`);
    expect(d.meetingDate).toBe('2022-04-08');
  });
  it('leaves a deadline broken over two lines alone', () => {
    const d = extractFromText(`Upper Marsh Parish Council\nThe clerk to report by 30\nJune 2021 on the footpath.\n${enItems}`);
    expect(d.meetingDate).not.toBe('2021-06-30');
  });
});
