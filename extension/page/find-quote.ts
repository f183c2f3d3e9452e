/**
 * Finds a quote from the extractor's page text in the live page: the text nodes are walked in order
 * and joined, whitespace left out on both sides (the extractor's text has its own line breaks and
 * spacing), and the quote's prefix and suffix pick among repeated occurrences.
 */
const SKIP = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'TEXTAREA']);
const squeeze = (s: string) => s.replace(/\s+/g, '');

interface Joined {
  text: string;
  /** For each character of `text`: its text node and offset in that node. */
  at: { node: Text; offset: number }[];
}

function joinText(root: Node): Joined {
  const doc = root.ownerDocument ?? (root as Document);
  const walker = doc.createTreeWalker(root, NodeFilter.SHOW_TEXT, {
    acceptNode: (n) => (n.parentElement && SKIP.has(n.parentElement.tagName) ? NodeFilter.FILTER_REJECT : NodeFilter.FILTER_ACCEPT),
  });
  const chars: string[] = [];
  const at: Joined['at'] = [];
  for (let n = walker.nextNode() as Text | null; n; n = walker.nextNode() as Text | null) {
    const data = n.data;
    for (let i = 0; i < data.length; i++) {
      if (/\s/.test(data[i])) continue;
      chars.push(data[i]);
      at.push({ node: n, offset: i });
    }
  }
  return { text: chars.join(''), at };
}

/** How many characters at the end of `a` and the start of `b` agree (for the context). */
function agreeEnd(a: string, b: string): number {
  let k = 0;
  while (k < a.length && k < b.length && a[a.length - 1 - k] === b[b.length - 1 - k]) k++;
  return k;
}
function agreeStart(a: string, b: string): number {
  let k = 0;
  while (k < a.length && k < b.length && a[k] === b[k]) k++;
  return k;
}

export function findQuote(root: Node, quote: string, prefix = '', suffix = ''): Range | null {
  const q = squeeze(quote);
  if (!q) return null;
  const joined = joinText(root);
  const pre = squeeze(prefix);
  const suf = squeeze(suffix);
  let best = -1;
  let bestScore = -1;
  for (let i = joined.text.indexOf(q); i >= 0; i = joined.text.indexOf(q, i + 1)) {
    const score = agreeEnd(joined.text.slice(Math.max(0, i - pre.length), i), pre) + agreeStart(joined.text.slice(i + q.length, i + q.length + suf.length), suf);
    if (score > bestScore) {
      best = i;
      bestScore = score;
    }
  }
  if (best < 0) return null;
  const first = joined.at[best];
  const last = joined.at[best + q.length - 1];
  const range = (root.ownerDocument ?? (root as Document)).createRange();
  range.setStart(first.node, first.offset);
  range.setEnd(last.node, last.offset + 1);
  return range;
}
