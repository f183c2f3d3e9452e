/**
 * Site profiles: declarative selectors for known OA products and disclosure sites, tried before
 * the generic scorer. Data only; add an entry to support a portal whose layout defeats the scorer.
 */
export interface SiteProfile {
  name: string;
  /** Tested against the page URL. */
  url: RegExp;
  /** The content element. */
  content: string;
  /** Metadata blocks to read before the content (索引号/发布机构/文号 tables). */
  meta?: string[];
}

export const PROFILES: SiteProfile[] = [
  // Government information-disclosure pages built on the common TRS/"zfxxgk" templates.
  { name: 'zfxxgk', url: /\/(?:zfxxgk|xxgk)\//i, content: '#zoom, .TRS_Editor, .zoom, .article-content, #UCAP-CONTENT', meta: ['.xxgk-table, .xxgk_table, table.meta, .zfxxgk_zdgkc'] },
];

export function matchProfile(doc: Document, url?: string): { content: Element; meta: Element[] } | null {
  if (!url) return null;
  for (const p of PROFILES) {
    if (!p.url.test(url)) continue;
    const content = doc.querySelector(p.content);
    if (!content || !(content.textContent ?? '').trim()) continue;
    const meta = (p.meta ?? []).flatMap((sel) => Array.from(doc.querySelectorAll(sel))).filter((m) => !m.contains(content) && !content.contains(m));
    return { content, meta };
  }
  return null;
}
