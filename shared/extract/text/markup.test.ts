import { describe, expect, it } from 'vitest';
import { BULLET, HASHES, STRONG, unbullet } from './markup';

describe('unbullet', () => {
  it('takes a heading’s hashes, bullets and quote marks off a line’s start', () => {
    expect(unbullet('# 第04次 會議紀錄')).toBe('第04次 會議紀錄');
    expect(unbullet('- 会议听取了汇报。')).toBe('会议听取了汇报。');
    expect(unbullet('> > - 已解決')).toBe('已解決');
    expect(unbullet('• The minutes were approved.')).toBe('The minutes were approved.');
  });
  it('knows the glyphs word processors and PDFs print as bullets, and an en dash', () => {
    for (const mark of ['●', '▪', '■', '◆', '◇', '□', '‣', '–']) expect(unbullet(`${mark} Treasurer to file the return`)).toBe('Treasurer to file the return');
  });
  it('leaves a number, a dash inside a line and a date alone', () => {
    expect(unbullet('1. 会议决定')).toBe('1. 会议决定');
    expect(unbullet('2021-04-20 Minutes')).toBe('2021-04-20 Minutes');
    expect(unbullet('-5 degrees')).toBe('-5 degrees');
  });
});

describe('the marks as pattern pieces', () => {
  const bulletLine = new RegExp(`^${BULLET}\\s`);
  const heading = new RegExp(`^${HASHES}\\s`);
  const bold = new RegExp(`^${STRONG}Present${STRONG}:`);
  it('read a bullet, a heading and a bold label, and only when followed as markup is', () => {
    expect(bulletLine.test('- item')).toBe(true);
    expect(bulletLine.test('● item')).toBe(true);
    expect(bulletLine.test('-5 degrees')).toBe(false);
    expect(heading.test('### Actions')).toBe(true);
    expect(heading.test('####### seven')).toBe(false);
    expect(heading.test('#hashtag')).toBe(false);
    expect(bold.test('**Present**: A, B')).toBe(true);
    expect(bold.test('__Present__: A, B')).toBe(true);
    expect(bold.test('*Present*: A, B')).toBe(false);
  });
});
