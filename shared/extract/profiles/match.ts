/**
 * Applies the site profiles to a page. A profile whose URL patterns (its own, or an admin's extra
 * ones) match the page is trusted over the generic scorer; a profile without patterns of its own
 * applies wherever its content selector finds a usable element, as a check on the scorer.
 */
import { PROFILES, type SiteProfile } from './index';
import { urlMatches } from './patterns';

/** Extra URL patterns per profile id, from an admin's settings (intranet and VPN hosts). */
export type ProfilePatterns = Record<string, readonly string[]>;

export interface ProfileMatch {
  id: string;
  content: Element;
  meta: Element[];
  /** The profile's title element, when it has one outside the content. */
  title: Element | null;
  /** True when matched by URL (trusted over the scorer), false when only by selector. */
  byUrl: boolean;
}

function usable(el: Element | null): el is Element {
  if (!el) return false;
  const text = (el.textContent ?? '').replace(/\s+/g, '');
  if (text.length < 80) return false;
  let link = 0;
  for (const a of Array.from(el.querySelectorAll('a'))) link += (a.textContent ?? '').replace(/\s+/g, '').length;
  return link / text.length < 0.4;
}

function query(doc: Document, selector: string | undefined, all: true): Element[];
function query(doc: Document, selector: string | undefined, all: false): Element | null;
function query(doc: Document, selector: string | undefined, all: boolean): Element[] | Element | null {
  if (!selector) return all ? [] : null;
  try {
    return all ? Array.from(doc.querySelectorAll(selector)) : doc.querySelector(selector);
  } catch {
    return all ? [] : null; // a selector this engine does not understand
  }
}

function tryProfile(doc: Document, p: SiteProfile, byUrl: boolean): ProfileMatch | null {
  const content = query(doc, p.selectors.content, false);
  if (!usable(content)) return null;
  const outside = (m: Element) => !m.contains(content) && !content.contains(m);
  const meta = query(doc, p.selectors.meta, true).filter(outside);
  const title = query(doc, p.selectors.title, true).find(outside) ?? null;
  return { id: p.id, content, meta, title, byUrl };
}

export function matchProfile(doc: Document, url?: string, extra: ProfilePatterns = {}, profiles: readonly SiteProfile[] = PROFILES): ProfileMatch | null {
  // Profiles named by the URL first, in list order; then those that apply by selector alone.
  for (const p of profiles) {
    const patterns = [...p.urlPatterns, ...(Array.isArray(extra[p.id]) ? extra[p.id] : [])];
    if (patterns.length && urlMatches(patterns, url)) {
      const m = tryProfile(doc, p, true);
      if (m) return m;
    }
  }
  for (const p of profiles) {
    if (p.urlPatterns.length) continue;
    const m = tryProfile(doc, p, false);
    if (m) return m;
  }
  return null;
}
