import { browser } from 'wxt/browser';
import { ContentMessage } from '../messages';
import { originPattern } from '../permissions';
import { prefs, readPolicy } from '../store';
import { t } from '../ui/i18n';

/** storage.local key of the portal site patterns the user listed in Settings (`https://host/*`). */
export const PORTALS_KEY = prefs.portals.key;
export const DETECT_SCRIPT_ID = 'circulate-detect';
export const DETECT_SCRIPT_FILE = '/content-scripts/detect.js';

/** The portals the user listed, then those the admin's policy presets (as host patterns). */
export async function readPortals(): Promise<string[]> {
  const [mine, policy] = await Promise.all([prefs.portals.get(), readPolicy()]);
  const preset = (policy.portalOrigins ?? []).map((o) => originPattern(o)).filter((p): p is string => p !== null);
  return [...new Set([...mine, ...preset])];
}

/** The listed portals the user has granted access to. */
export async function grantedPortals(patterns: string[]): Promise<string[]> {
  const granted: string[] = [];
  for (const p of patterns) {
    try {
      if (await browser.permissions.contains({ origins: [p] })) granted.push(p);
    } catch {
      // A pattern the browser does not accept is simply not watched.
    }
  }
  return granted;
}

/**
 * Makes the registered detection script match exactly the granted portals: registered when there
 * are some, updated when they change, removed when there are none. Elsewhere nothing runs until the
 * toolbar button is clicked. Returns the patterns it now runs on.
 */
export async function syncPortalScripts(): Promise<string[]> {
  const matches = await grantedPortals(await readPortals());
  const existing = await browser.scripting.getRegisteredContentScripts({ ids: [DETECT_SCRIPT_ID] });
  if (matches.length === 0) {
    if (existing.length) await browser.scripting.unregisterContentScripts({ ids: [DETECT_SCRIPT_ID] });
    return [];
  }
  const script = { id: DETECT_SCRIPT_ID, matches, js: [DETECT_SCRIPT_FILE], runAt: 'document_idle' as const, persistAcrossSessions: true };
  if (existing.length) await browser.scripting.updateContentScripts([script]);
  else await browser.scripting.registerContentScripts([script]);
  return matches;
}


/**
 * Marks the toolbar button for the tab whose page looks like minutes (a badge and a title that say
 * "click to capture"); a page that does not look like minutes gets the tab's marks cleared.
 */
export async function markTab(raw: unknown, sender: { tab?: { id?: number } }): Promise<boolean> {
  const msg = ContentMessage.safeParse(raw);
  const tabId = sender.tab?.id;
  if (!msg.success || tabId === undefined) return false;
  // null returns a tab to the global badge (the count of copies to acknowledge).
  const clear = null as unknown as string;
  if (msg.data.found) {
    await browser.action.setBadgeText({ tabId, text: t('actionBadgeMinutes') });
    await browser.action.setBadgeBackgroundColor({ tabId, color: '#1f5fbf' });
    await browser.action.setTitle({ tabId, title: t('actionMinutesFound') });
  } else {
    await browser.action.setBadgeText({ tabId, text: clear });
    await browser.action.setTitle({ tabId, title: t('actionTitle') });
  }
  return true;
}
