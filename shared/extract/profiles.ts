/**
 * Site profiles: declarative data for known CMS and OA templates. A profile names the element that
 * holds the document (and, optionally, metadata blocks). It is used when its URL pattern matches, or,
 * for profiles without one, as a check on the generic scorer: when the scorer's choice lies outside
 * a template's content element, the template's element wins.
 */
export interface SiteProfile {
  name: string;
  /** Tested against the page URL; without it the profile applies wherever its selector matches. */
  url?: RegExp;
  /** The content element (first match wins). */
  content: string;
  /** Metadata blocks to read before the content (索引号/发布机构/文号 tables). */
  meta?: string;
}

export const PROFILES: SiteProfile[] = [
  // Government information-disclosure pages (TRS, Ucap, 大汉 templates).
  { name: 'zfxxgk', url: /\/(?:zfxxgk|xxgk|zwgk)\//i, content: '#zoom, .TRS_Editor, #UCAP-CONTENT, .zoom, .article-content', meta: '.xxgk-table, .xxgk_table, .xxgk-info, table.meta, .zfxxgk_zdgkc' },
  { name: 'trs', content: '.TRS_Editor, #UCAP-CONTENT, #zoom' },
  // 博达 VSB CMS, common on university sites.
  { name: 'vsb', content: '#vsb_content, .v_news_content' },
  // WordPress and Drupal posts.
  { name: 'wordpress', content: 'article .entry-content, .post .entry-content' },
  { name: 'drupal', content: '.node .field-name-body, .node .content' },
];

function usable(el: Element | null): el is Element {
  if (!el) return false;
  const text = (el.textContent ?? '').replace(/\s+/g, '');
  if (text.length < 80) return false;
  let link = 0;
  for (const a of Array.from(el.querySelectorAll('a'))) link += (a.textContent ?? '').replace(/\s+/g, '').length;
  return link / text.length < 0.4;
}

export interface ProfileMatch {
  name: string;
  content: Element;
  meta: Element[];
  /** True when matched by URL (trusted over the scorer), false when only by selector. */
  byUrl: boolean;
}

export function matchProfile(doc: Document, url?: string): ProfileMatch | null {
  for (const p of PROFILES) {
    if (p.url && !(url && p.url.test(url))) continue;
    let content: Element | null = null;
    try {
      content = doc.querySelector(p.content);
    } catch {
      continue;
    }
    if (!usable(content)) continue;
    const meta = p.meta ? Array.from(doc.querySelectorAll(p.meta)).filter((m) => !m.contains(content!) && !content!.contains(m)) : [];
    return { name: p.name, content, meta, byUrl: !!p.url };
  }
  return null;
}
