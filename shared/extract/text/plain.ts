/**
 * A note page's Markdown read as the plain text it renders to (GitHub, HackMD, a wiki keep meeting
 * notes so): a line's heading hashes, bullet or quote mark taken off, bold and italic marks
 * dropped, a link read as its words, a table's row read as its cells ("| 时间 | 2023年… |" →
 * "时间：2023年…", a two-cell row being a label over its value), its rule row dropped. The verdict
 * reads a record's marks on it; a page with no such markup is left alone (null).
 */
import { HASHES, MD_BULLET, unbullet } from './markup';

const EMPHASIS = /\*\*|__|(?<![\w*])\*(?=\S)|(?<=\S)\*(?![\w*])/g;
const LINK = /!?\[([^\]\n]{0,200})\]\((?:[^()\s]|\([^()\s]*\))*\)/g;
const RULE_ROW = /^\|?\s*:?-{3,}:?\s*(?:\|\s*:?-{3,}:?\s*)*\|?$/;
const TABLE_ROW = /^\|.*\|$/;
/** Markup a page shows at all: two lines of it, so a stray asterisk or bar is no note page. */
const MARKED = new RegExp(`^(?:${HASHES}\\s|${MD_BULLET}\\s|>\\s?|\\|.*\\|$)|\\*\\*[^*\\n]{1,60}\\*\\*|\\[[^\\]\\n]{1,200}\\]\\(`, 'gm');

function row(line: string): string {
  const cells = line
    .slice(1, -1)
    .split('|')
    .map((c) => c.trim())
    .filter(Boolean);
  // A label cell over its value, as a header is printed ("时间：…", "Present: …").
  if (cells.length === 2 && cells[0].length <= 12 && !/[：:。.]$/.test(cells[0])) return `${cells[0]}：${cells[1]}`;
  return cells.join('  ');
}

export function plainMarkdown(text: string): string | null {
  if ((text.match(MARKED) ?? []).length < 2) return null;
  const out = text.split('\n').flatMap((raw) => {
    const t = raw.trim();
    if (RULE_ROW.test(t) && t.includes('-')) return [];
    const cells = TABLE_ROW.test(t) ? row(t) : t;
    return [unbullet(cells).replace(LINK, '$1').replace(EMPHASIS, '')];
  });
  const plain = out.join('\n');
  return plain === text ? null : plain;
}
