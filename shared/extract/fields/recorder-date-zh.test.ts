import { describe, expect, it } from 'vitest';
import { extractFromText } from '../index';

const record = (...tail: string[]) => extractFromText(['2014年12月份蓝天养老院膳食委员会会议', '出席会议名单:', '温龙雨(副院长)吴春军(食堂主管)高在英(糕点师)、许健(综合办文员)', '会议记录:', '最终经过大家的热烈讨论,会议决定暂时把早上的水果去掉。', ...tail].join('\n'));

describe('a Chinese record closing with its recorder and a date', () => {
  it('gives the meeting that date where it prints no other, and is read as a record', () => {
    const d = record('记录人:许健', '2014.12.8');
    expect(d.isMinutes).toBe(true);
    expect(d.meetingDate).toBe('2014-12-08');
    expect(d.fields.meetingDate?.confidence).toBeLessThan(0.9);
  });

  it('reads the date on the recorder’s own line too', () => {
    expect(record('记录人:许健 2014年12月8日').meetingDate).toBe('2014-12-08');
  });

  it('leaves an office’s closing date alone', () => {
    expect(record('蓝天养老院办公室', '2014年12月10日印发').meetingDate).not.toBe('2014-12-10');
  });
});

describe('names parted only by each one’s post in brackets', () => {
  it('are each a person', () => {
    expect(record('记录人:许健', '2014.12.8').attendees).toEqual(['温龙雨', '吴春军', '高在英', '许健']);
  });
});
