/** Splitting a printed list of names or bodies into its items. */
import { isZhUnit } from '../fields/units';

// "and" / "&" is found by lookarounds and its spaces taken by hand: `\s+and\s+` would rescan a
// long run of spaces from every position in it.
const SEP = /[、，,；;：:]|(?<=\s)(?:and|&)(?=\s)|以及|及|和|与/;

const TRAILING = /[\s"'“”‘’》.。;；,，、:：!！]/;

/** Where the trailing quotes and punctuation start: scanned back by hand, since `[…]+$` would retry from every position of a long run. */
function trailingFrom(s: string): number {
  let end = s.length;
  while (end > 0 && TRAILING.test(s[end - 1])) end--;
  return end;
}

function trimItem(s: string): string {
  const t = s.replace(/^(?:and|or|the following|以及|及|和|与)\s+/i, '').replace(/^[\s"'“”‘’《]+/, '');
  return t
    .slice(0, trailingFrom(t))
    .replace(/(?:等(?:同志|单位|部门|人)?|同志|etc\.?)$/i, '')
    .trim();
}

/**
 * Splits on 、，,；; and the joining words 和 及 与 "and". A part that starts with 各/有关 keeps a
 * following 及/和 part with it ("各职能部门及科室" is one body: 各 governs both nouns).
 */
export function splitList(s: string, opts: { spaces?: boolean } = {}): string[] {
  const out: string[] = [];
  // Split manually, one pass, so each separator is seen once (linear time).
  const re = new RegExp(SEP.source, 'g');
  const parts: { text: string; sep: string }[] = [];
  let last = 0;
  let m: RegExpExecArray | null;
  while ((m = re.exec(s))) {
    if (m[0].length === 0) {
      re.lastIndex++;
      continue;
    }
    let from = m.index;
    let to = m.index + m[0].length;
    if (m[0] === 'and' || m[0] === '&') {
      while (from > last && /\s/.test(s[from - 1])) from--;
      while (to < s.length && /\s/.test(s[to])) to++;
      re.lastIndex = to;
    }
    parts.push({ text: s.slice(last, from), sep: m[0].trim() });
    last = to;
  }
  parts.push({ text: s.slice(last), sep: '' });
  for (let i = 0; i < parts.length; i++) {
    let text = parts[i].text;
    // 各X及Y / 有关X和Y: one body.
    while (i + 1 < parts.length && /^(?:及|和|与)$/.test(parts[i].sep) && /^\s*(?:各|有关|相关)/.test(text) && !/^\s*(?:各|有关|相关)/.test(parts[i + 1].text) && parts[i + 1].text.trim().length <= 4) {
      text = text + parts[i].sep + parts[i + 1].text;
      i++;
    }
    // A 和/及 inside a short body name (党和政府, 科技和信息化局) is not a list break: keep it when a side
    // is a single character.
    while (i + 1 < parts.length && /^(?:及|和|与)$/.test(parts[i].sep) && (trimItem(text).length <= 1 || trimItem(parts[i + 1].text).length <= 1)) {
      text = text + parts[i].sep + parts[i + 1].text;
      i++;
    }
    // "市自然资源和规划局": a 和/及 whose left side is no body of its own, inside one body's name.
    while (i + 1 < parts.length && /^(?:及|和|与)$/.test(parts[i].sep) && /[\u3400-\u9fff]$/.test(text) && !isZhUnit(trimItem(text)) && isZhUnit(trimItem(text + parts[i].sep + parts[i + 1].text))) {
      text = text + parts[i].sep + parts[i + 1].text;
      i++;
    }
    // A space inside Latin words ("Ronny a.k.a.立法委員…") is one person's name and gloss, not a list's.
    if (opts.spaces && /[\u3400-\u9fff]/.test(text) && / /.test(text.trim()) && !/[A-Za-z.] [A-Za-z]/.test(text)) {
      out.push(...splitCjkSpaced(text));
    } else {
      const t = trimItem(text);
      if (t) out.push(t);
    }
  }
  return out;
}

/**
 * Names separated by spaces ("黄德宝 管清美 张 静"): a lone character next to another lone character
 * is one name padded to a common width.
 */
export function splitCjkSpaced(s: string): string[] {
  const toks = s.trim().split(/ +/).map(trimItem).filter(Boolean);
  const out: string[] = [];
  for (let i = 0; i < toks.length; i++) {
    if (toks[i].length === 1 && i + 1 < toks.length && toks[i + 1].length === 1) {
      out.push(`${toks[i]} ${toks[i + 1]}`);
      i++;
    } else out.push(toks[i]);
  }
  return out;
}

/** Removes duplicates that differ only in spacing, keeping the first. */
export function uniq(items: string[]): string[] {
  const seen = new Set<string>();
  return items.filter((x) => {
    const k = x.replace(/\s+/g, '').toLowerCase();
    if (!k || seen.has(k)) return false;
    seen.add(k);
    return true;
  });
}
