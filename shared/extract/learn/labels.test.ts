import { describe, expect, it } from 'vitest';
import { labelLines, normKey } from './labels';

describe('labelLines', () => {
  it('reads each line class from the values a record holds', () => {
    const lines = [
      '某县水务局',
      '局务会议纪要',
      '〔2031〕4号',
      '5月6日上午，局长甲乙丙主持召开局务会议。',
      '出席：',
      '丁戊己、庚辛壬、癸子丑',
      '一、会议同意修订河道巡查办法，由办公室牵头。',
      '会议指出，要加强值守。',
      '抄送：县政府办公室，县财政局。',
    ];
    const got = labelLines(lines, {
      title: '局务会议纪要',
      docNumber: '〔2031〕4号',
      issuer: '某县水务局',
      presider: '甲乙丙',
      attendees: ['丁戊己', '庚辛壬', '癸子丑'],
      decisions: [{ text: '会议同意修订河道巡查办法，由办公室牵头' }],
      recipients: [{ name: '县政府办公室' }, { name: '县财政局' }],
    });
    expect(got).toEqual(['issuer', 'heading', 'heading', 'attendance', 'attendance', 'attendance', 'decision', 'other', 'distribution']);
  });

  it('calls a name acting after the first decision no attendance, and a masked name none at all', () => {
    const got = labelLines(['Present: Ann Lee, Bo Park', '1. The board approved the budget.', 'Ann Lee reported.', 'Time: ***'], {
      presider: '***',
      attendees: ['Ann Lee', 'Bo Park'],
      decisions: [{ text: 'The board approved the budget' }],
    });
    expect(got).toEqual(['attendance', 'decision', 'other', 'other']);
  });

  it('compares as the scorer does', () => {
    expect(normKey(' 〔2031〕 “Four” ')).toBe('[2031]four');
  });
});
