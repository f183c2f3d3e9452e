import { describe, expect, it } from 'vitest';
import { extractFromText } from '../index';
import { aboutRecord } from './title-about-record';

const body = ['日期：2024年6月14日', '地点：会议室', '出席：陈大文、李小明、王美玲', '1. 通过上次会议记录', '1.1 经宣读后，与会委员一致通过上次会议记录。'].join('\n');

/** Lines about the record, each naming it: where it is posted or linked. */
const about = [
  '（此会议记录将上载至本会网址 www.example.org 供业户浏览）',
  '> （此会议记录将于本苑网址载至 www.example.org 供业户浏览）',
  '此会议记录连结：https://notes.example.org/abc',
  '本次会议纪要下载：https://example.org/files/2024-06.pdf',
  '会议纪要：https://pad.example.org/p/board-meetings',
];
const headings = ['第十二届管理委员会第一次全体委员会议纪录', '某某业主立案法团周年大会会议记录', '2024年第3次常务会议纪要'];

describe('a Chinese line about the record', () => {
  it.each(about)('is not a heading: %s', (line) => expect(aboutRecord(line)).toBe(true));
  it.each(headings)('a heading is not about the record: %s', (line) => expect(aboutRecord(line)).toBe(false));

  it.each(about.flatMap((a) => headings.map((h) => [h, a])))('%s stays the title over "%s"', (heading, line) => {
    const d = extractFromText(`${heading}\n${line}\n${body}`);
    expect(d.title).toBe(heading);
  });

  it.each(about)('no heading of its own: "%s" is not made the title', (line) => {
    const d = extractFromText(`${line}\n${body}`);
    expect(d.title ?? '').not.toBe(line.replace(/^>\s*/, ''));
  });
});
