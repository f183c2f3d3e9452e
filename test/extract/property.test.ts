// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { extractFromDocument, extractFromText } from '../../shared/extract/index';
import { MinutesDraft } from '../../shared/schemas/minutes';

// Pieces of real minutes, so random strings reach deep into the pipeline, not only its entrance.
const PIECES = [
  '会议纪要', '會議紀要', '一、', '（二）', '3.', '①', '第一，', '二是', '会议议定：', '会议认为', '会议要求：', '由', '负责', '牵头', '要', '应',
  '于5月20日前', '6月底前', '限期15日内', '出 席：', '列席：', '主持人：', '抄送：', '报：', '印发', '2019年5月6日', '二〇〇四年五月二十六日', '200x',
  '、', '，', '。', '；', '：', '\n', '\u3000', '\u00a0', ' ', 'Minutes', 'Present:', 'Chair', 'RESOLVED:', 'Action:', 'Clerk to', 'The meeting decided:',
  'It was agreed', 'by 30 June', 'mid-June', 'cc:', 'copied:', 'First,', 'The second is', 'Five grasps', '(', ')', '〔2019〕5号', 'No. 2', 'xx', '***',
];
const soup = fc.array(fc.oneof(fc.constantFrom(...PIECES), fc.string({ maxLength: 8 }), fc.string({ unit: 'grapheme', maxLength: 6 })), { maxLength: 80 }).map((a) => a.join(''));

describe('no input makes the extractor throw', () => {
  it('random and minutes-like strings give a valid draft', () => {
    fc.assert(
      fc.property(soup, (s) => {
        const d = extractFromText(s);
        expect(MinutesDraft.safeParse(d).success).toBe(true);
        if (!d.isMinutes) expect(d.reason).toBeTruthy();
      }),
      { numRuns: 400 },
    );
  });
  it('random markup gives a valid draft', () => {
    const tag = fc.constantFrom('p', 'div', 'td', 'tr', 'table', 'li', 'ul', 'br', 'span', 'o:p', 'iframe', 'nav', 'h1', 'script');
    const html = fc.array(fc.tuple(tag, soup, fc.boolean()), { maxLength: 25 }).map((parts) =>
      parts.map(([t, text, open]) => (open ? `<${t} class="content">${text}` : `${text}</${t}>`)).join(''),
    );
    fc.assert(
      fc.property(html, (h) => {
        const doc = new DOMParser().parseFromString(h, 'text/html');
        const d = extractFromDocument(doc);
        expect(MinutesDraft.safeParse(d).success).toBe(true);
      }),
      { numRuns: 150 },
    );
  });
  it('adversarial repetitions finish (patterns are bounded, so the work grows with the input only)', () => {
    const hostile = [
      '由'.repeat(20000),
      '会议'.repeat(10000) + '主持',
      '、'.repeat(30000),
      'a '.repeat(20000) + 'presided over',
      '1.'.repeat(10000),
      'Cllr '.repeat(8000) + 'to report',
      '(' .repeat(10000) + '第',
      '要求'.repeat(10000),
      '2019年'.repeat(5000),
      'Present: ' + 'A B, '.repeat(5000),
      ('x'.repeat(300) + '\n').repeat(300),
    ];
    for (const h of hostile) {
      const d = extractFromText(h);
      expect(typeof d.isMinutes).toBe('boolean');
    }
    const deep = '<div>'.repeat(5000) + '会议纪要' + '</div>'.repeat(5000);
    expect(typeof extractFromDocument(new DOMParser().parseFromString(deep, 'text/html')).isMinutes).toBe('boolean');
    // About 5 s on a quiet machine and over 30 s at a load of 13; a pattern that backtracks takes hours.
  }, 180_000);
});
