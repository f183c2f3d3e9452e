import { describe, expect, it } from 'vitest';
import { extractFromText } from '../index';

const en = (below: string) =>
  [
    'Minutes of the Parish Council meeting held on 12 May 2016',
    'Present: Cllrs: D. Sutton (Chairman), H. Milton, P. Thorne, J. Evans',
    below,
    'Apologies: none.',
    '1. The minutes of the last meeting were approved and signed.',
    '2. It was resolved to renew the grass cutting contract.',
  ].join('\n');

describe('a roll with more names on the line under it', () => {
  it('is a reading to check where unlabelled names follow the names read', () => {
    const d = extractFromText(en('M. Piggott B. Fowler C. Gwynn'));
    expect(d.attendees.length).toBeGreaterThan(0);
    expect(d.fields.attendees?.confidence ?? 0).toBeLessThan(0.9);
  });

  it('keeps its confidence where the next line is a label, an item or a sentence', () => {
    for (const below of ['Clerk: R. Sutton', '1. Welcome and Apologies', 'The Chairman welcomed everyone to the meeting.']) {
      const d = extractFromText(en(below));
      expect(d.fields.attendees?.confidence ?? 0).toBeGreaterThanOrEqual(0.9);
    }
  });

  it('is a reading to check where the page stops inside it, mid-word', () => {
    const d = extractFromText('Regular Meeting Minutes\nFebruary 6, 2017\nThe meeting was called to order at 7:30 p.m. and the following motions were carried.\nPresent: Mayor Schwager, Councilmembers Biale, Coira, Kna');
    expect(d.attendees.length).toBeGreaterThan(0);
    expect(d.fields.attendees?.confidence ?? 0).toBeLessThan(0.9);
  });

  it('reads Chinese names and posts side by side, with no label, as the roll going on', () => {
    const text = ['國立臺灣大學第2099次行政會議紀錄', '時間:88年4月10日上午9時', '出席:陳維昭 陳正宏 李嗣涔 趙永茂 林耀福 康明昌', '列席:吳明德 林一鵬 李源德 溫振源 李燦榮', '蔡素女 成鳳樑(請假)', '主席:陳校長 記錄:江若慧', '壹、確認上次會議紀錄', '決議:確認。'].join('\n');
    const d = extractFromText(text);
    expect(d.attendees.length).toBeGreaterThan(0);
    expect(d.fields.attendees?.confidence ?? 0).toBeLessThan(0.9);
  });
});
