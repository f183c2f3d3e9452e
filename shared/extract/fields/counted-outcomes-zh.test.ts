import { describe, expect, it } from 'vitest';
import { extractFromText } from '../index';

const record = (outcomes: string) =>
  ['某区残联召开本届主席团会议', '11月29日，某区残联在机关五层会议室召开了本届主席团会议，应到36名委员，实到27名委员参加。', `主席团会议由副区长方某主持，${outcomes}`, '本届主席团会议圆满成功，大会将在12月中旬举行。'].join('\n');

describe('an outcome that announces its parts by their count', () => {
  it('is read as the counted points, one decision each', () => {
    const d = extractFromText(record('会议通过了三项议程。一是做出了召开第一次代表大会的决定，二是提请代表大会审议本届主席团工作报告，三是表决通过了执行委员会建议名单。'));
    expect(d.decisions.map((x) => x.text)).toEqual(['做出了召开第一次代表大会的决定', '提请代表大会审议本届主席团工作报告', '表决通过了执行委员会建议名单']);
  });
  it('an outcome with no points counted after it stays whole', () => {
    const d = extractFromText(record('会议审议通过了本届主席团工作报告。'));
    expect(d.decisions.map((x) => x.text)).toEqual(['会议审议通过了本届主席团工作报告。']);
  });
});
