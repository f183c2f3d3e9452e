import { describe, expect, it } from 'vitest';
import { unbullet } from './markup';

describe('unbullet', () => {
  it('takes a heading’s hashes, bullets and quote marks off a line’s start', () => {
    expect(unbullet('# 第04次 會議紀錄')).toBe('第04次 會議紀錄');
    expect(unbullet('- 会议听取了汇报。')).toBe('会议听取了汇报。');
    expect(unbullet('> > - 已解決')).toBe('已解決');
    expect(unbullet('• The minutes were approved.')).toBe('The minutes were approved.');
  });
  it('leaves a number, a dash inside a line and a date alone', () => {
    expect(unbullet('1. 会议决定')).toBe('1. 会议决定');
    expect(unbullet('2021-04-20 Minutes')).toBe('2021-04-20 Minutes');
    expect(unbullet('-5 degrees')).toBe('-5 degrees');
  });
});
