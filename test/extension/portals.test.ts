// Registration of the portal detection script, with fakeBrowser standing in for the permission and
// scripting APIs (a real browser cannot grant a host permission in a test without its prompt).
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { DETECT_SCRIPT_FILE, DETECT_SCRIPT_ID, markTab, PORTALS_KEY, syncPortalScripts } from '../../extension/background/portals';
import { installEnglish } from './ui-helpers';

type Script = { id: string; matches?: string[]; js?: string[] };
let registered: Script[];
let granted: Set<string>;

beforeEach(() => {
  fakeBrowser.reset();
  installEnglish();
  registered = [];
  granted = new Set();
  vi.spyOn(fakeBrowser.permissions, 'contains').mockImplementation((async (p: { origins: string[] }) => p.origins.every((o) => granted.has(o))) as never);
  const s = fakeBrowser.scripting;
  vi.spyOn(s, 'getRegisteredContentScripts').mockImplementation((async (f?: { ids?: string[] }) => registered.filter((x) => !f?.ids || f.ids.includes(x.id))) as never);
  vi.spyOn(s, 'registerContentScripts').mockImplementation((async (list: Script[]) => {
    for (const x of list) {
      if (registered.some((r) => r.id === x.id)) throw new Error(`duplicate script id ${x.id}`);
      registered.push(x);
    }
  }) as never);
  vi.spyOn(s, 'updateContentScripts').mockImplementation((async (list: Script[]) => {
    registered = registered.map((r) => ({ ...r, ...(list.find((x) => x.id === r.id) ?? {}) }));
  }) as never);
  vi.spyOn(s, 'unregisterContentScripts').mockImplementation((async (f: { ids: string[] }) => {
    registered = registered.filter((r) => !f.ids.includes(r.id));
  }) as never);
});

describe('portal detection registration', () => {
  it('registers nothing while no listed portal is granted', async () => {
    await fakeBrowser.storage.local.set({ [PORTALS_KEY]: ['https://oa.example.gov.cn/*'] });
    expect(await syncPortalScripts()).toEqual([]);
    expect(registered).toEqual([]);
  });

  it('runs on exactly the granted portals, follows grants and removals, and unregisters when none is left', async () => {
    await fakeBrowser.storage.local.set({ [PORTALS_KEY]: ['https://oa.example.gov.cn/*', 'http://portal.county.test/*'] });
    granted.add('https://oa.example.gov.cn/*');
    expect(await syncPortalScripts()).toEqual(['https://oa.example.gov.cn/*']);
    expect(registered).toEqual([
      expect.objectContaining({ id: DETECT_SCRIPT_ID, matches: ['https://oa.example.gov.cn/*'], js: [DETECT_SCRIPT_FILE] }),
    ]);

    granted.add('http://portal.county.test/*');
    await syncPortalScripts();
    expect(registered).toHaveLength(1);
    expect(registered[0].matches).toEqual(['https://oa.example.gov.cn/*', 'http://portal.county.test/*']);

    granted.clear();
    await syncPortalScripts();
    expect(registered).toEqual([]);
  });

  it('ignores a stored list that is not a list of strings', async () => {
    await fakeBrowser.storage.local.set({ [PORTALS_KEY]: 'https://oa.example.gov.cn/*' });
    granted.add('https://oa.example.gov.cn/*');
    expect(await syncPortalScripts()).toEqual([]);
  });
});

describe('marking the tab', () => {
  it('badges the tab whose page looks like minutes and clears it otherwise; anything else is refused', async () => {
    const badge = vi.spyOn(fakeBrowser.action, 'setBadgeText').mockResolvedValue(undefined as never);
    vi.spyOn(fakeBrowser.action, 'setBadgeBackgroundColor').mockResolvedValue(undefined as never);
    const title = vi.spyOn(fakeBrowser.action, 'setTitle').mockResolvedValue(undefined as never);

    expect(await markTab({ type: 'minutesSeen', found: true }, { tab: { id: 7 } })).toBe(true);
    expect(badge).toHaveBeenLastCalledWith({ tabId: 7, text: '+' });
    expect(title).toHaveBeenLastCalledWith({ tabId: 7, title: 'Minutes on this page: click to capture' });

    expect(await markTab({ type: 'minutesSeen', found: false }, { tab: { id: 7 } })).toBe(true);
    expect(badge).toHaveBeenLastCalledWith({ tabId: 7, text: null });

    badge.mockClear();
    expect(await markTab({ type: 'enroll', server: 'x', code: 'y' }, { tab: { id: 7 } })).toBe(false);
    expect(await markTab({ type: 'minutesSeen', found: true }, {})).toBe(false);
    expect(badge).not.toHaveBeenCalled();
  });
});
