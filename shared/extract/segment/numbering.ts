import { cnNumber, EN_CARDINALS, EN_ORDINALS } from '../text/numerals';
import { alt } from '../lexicon/build';
import { ZH_TOPIC_WORDS } from '../lexicon/zh';

/**
 * Item numbering at the start of a line. `style` tells the series apart (一、 vs (一) vs 1.),
 * so items of one level can be grouped and deeper levels attached to their parent.
 */
export interface Numbering {
  style: string;
  value: number;
  /** The number as printed, with its punctuation. */
  marker: string;
  /** Index in the line where the item's text begins. */
  restAt: number;
}

const PATTERNS: { style: string; re: RegExp }[] = [
  { style: 'cn', re: /^([一二三四五六七八九十]{1,3})\s?[、.．，,]\s*/ },
  { style: 'cnCapital', re: /^([壹贰貳叁参參肆伍陆陸柒捌玖拾]{1,3})\s?[、.．，,]\s*/ },
  { style: 'cnParen', re: /^[（(]([一二三四五六七八九十]{1,3})[）)]\s*[、.．]?\s*/ },
  // "7.1. Llanwarne: …"; not an amount ("1.5 million").
  { style: 'arabicSub', re: /^(\d{1,2})[.．](\d{1,2})(?:[.．](\d{1,2}))?[.．、]?\s+(?=[^\sa-z0-9])/ },
  // "1-0607/8 - Heading": council minute references.
  { style: 'arabicRef', re: /^(\d{1,3})[-/]\d{2,4}(?:\/\d{1,4})?\s*[-–—:]\s*/ },
  { style: 'arabic', re: /^(\d{1,2})\s?[、.．](?!\d)\s*/ },
  { style: 'arabicParen', re: /^[（(](\d{1,2})[）)]\s*/ },
  { style: 'arabicHalfParen', re: /^(\d{1,2})[）)]\s*/ },
  { style: 'circled', re: /^([①-⑳])\s*/ },
  { style: 'cnOrdinal', re: /^第([一二三四五六七八九十]{1,3})[，,、：:]\s*/ },
  // "议题二：研究…", "事项一：…", "动议1.": a topic numbered by its word (the lexicon's ZH_TOPIC_WORDS).
  { style: 'cnTopic', re: new RegExp(`^${alt(ZH_TOPIC_WORDS)}\\s?([一二三四五六七八九十]{1,3}|\\d{1,2})\\s*[：:、.．]\\s*`) },
  { style: 'cnShi', re: /^([一二三四五六七八九十]{1,3})是(?=\S)/ },
  { style: 'enOrdinal', re: /^(first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth)(?:ly)?\s?[,:.，]\s*/i },
  { style: 'enTheIs', re: /^the (first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth) is\s+/i },
  { style: 'letter', re: /^([a-h])[.)]\s+/ },
  // "Item 5.2 Budget", "Item 3: Finance": an English agenda item by its word.
  { style: 'enItem', re: /^item\s+(\d{1,2})(?:\.\d{1,2})?\s*[:.\-–]?\s+(?=\S)/i },
  // "1 Welcome": a bare number before a short capitalised heading (a longer line is a sentence).
  { style: 'arabicBare', re: /^(\d{1,2})\s{1,3}(?=[A-Z][a-z]+(?:[\s,&/'’-]+[A-Za-z][\w'’-]*){0,5}\s*$)/ },
];

function valueOf(style: string, m: RegExpMatchArray): number {
  const g = m[1];
  switch (style) {
    case 'circled':
      return g.charCodeAt(0) - 0x2460 + 1;
    case 'enOrdinal':
    case 'enTheIs':
      return EN_ORDINALS.indexOf(g.toLowerCase()) + 1;
    case 'letter':
      return g.charCodeAt(0) - 96;
    default:
      return /\d/.test(g) ? Number(g) : cnNumber(g);
  }
}

/**
 * Reads the numbering of a line. `expectEnglishNext` lets a series written "First, … Fourth, …" go
 * on with a cardinal word ("Five grasps …"), as translations of 一抓 … 五抓 print it.
 */
export function parseNumbering(text: string, expectEnglishNext = 0): Numbering | null {
  for (const { style, re } of PATTERNS) {
    const m = text.match(re);
    if (!m) continue;
    const value = valueOf(style, m);
    if (!Number.isFinite(value) || value <= 0) continue;
    const restAt = m[0].length;
    // A number that is the whole line, or a date/amount ("5. 3 million"), is not an item.
    if (restAt >= text.length) continue;
    return { style, value, marker: m[0].trim(), restAt };
  }
  if (expectEnglishNext > 0) {
    const m = text.match(/^(one|two|three|four|five|six|seven|eight|nine|ten)\s+(?=[a-z])/i);
    if (m && EN_CARDINALS.indexOf(m[1].toLowerCase()) + 1 === expectEnglishNext) {
      return { style: 'enOrdinal', value: expectEnglishNext, marker: m[1], restAt: m[1].length + 1 };
    }
  }
  return null;
}
