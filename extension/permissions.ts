import { browser } from 'wxt/browser';

/**
 * The host pattern for a site the user names: scheme and host, any path, any port (ports are left
 * out because Firefox's match patterns do not take them). Null for anything but http(s).
 */
export function originPattern(url: string): string | null {
  let u: URL;
  try {
    u = new URL(url.trim());
  } catch {
    return null;
  }
  if (u.protocol !== 'http:' && u.protocol !== 'https:') return null;
  return `${u.protocol}//${u.hostname}/*`;
}

/**
 * Asks for optional host access to the given sites. Call it straight from a click handler (the
 * prompt needs the user's gesture) and do not wait on it before other work: the answer may never
 * come (a headless browser shows no prompt), and nothing essential depends on it.
 */
export function requestOrigins(patterns: string[]): Promise<boolean> {
  if (patterns.length === 0) return Promise.resolve(true);
  try {
    return browser.permissions.request({ origins: patterns }).catch(() => false);
  } catch {
    return Promise.resolve(false);
  }
}
