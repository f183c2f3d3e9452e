import { browser } from 'wxt/browser';
import { defineBackground } from 'wxt/utils/define-background';
import { captureTab } from '../background/capture';
import { connection, tokenRejected } from '../background/auth';
import { watchBadge } from '../background/badge';
import { handleMessage } from '../background/handler';
import { notifyDueTasks } from '../background/due-notify';
import { notifyFresh } from '../background/notify';
import { markTab, syncPortalScripts } from '../background/portals';
import { ContentMessage } from '../messages';
import { db } from '../db';
import { setLanguage } from '../ui/i18n';
import { prefs } from '../store';
import { migrateLegacyEnrollment, readEnrollment, watchEnrollment } from '../enrollment';
import { SyncEngine } from '../sync';

const SYNC_ALARM = 'sync';

export default defineBackground(() => {
  let unitId: string | null = null;
  // An enrollment an earlier version kept in storage.local moves to the database before any sync.
  const migrated = migrateLegacyEnrollment(db).catch((err) => console.error('enrollment not moved', err));

  const engine = new SyncEngine({
    db,
    connection: () => migrated.then(() => connection(db)),
    onAuthLost: () => tokenRejected(db),
    schedule: (ms, fn) => setTimeout(fn, ms),
    onPulled: async (summary) => {
      await notifyFresh(db, unitId, summary);
    },
  });

  // Badge follows my unit; it changes on enrollment and sign-out.
  let stopBadge = () => undefined as void;
  watchEnrollment(db, (p) => {
    const next = p.state === 'enrolled' ? (p.user?.unitId ?? null) : null;
    if (next === unitId && next !== null) return;
    unitId = next;
    stopBadge();
    stopBadge = watchBadge(db, unitId);
  });

  // The click grants activeTab. The panel must open while the click still counts as a user gesture,
  // so it is opened before any await; it shows the capture as soon as it is stored.
  browser.action.onClicked.addListener((tab) => {
    openPanel(tab.id, tab.windowId);
    void captureTab(db, tab);
  });

  browser.runtime.onMessage.addListener((message, sender, sendResponse) => {
    // The portal detection script may only say whether its page looks like minutes.
    if (sender.tab && ContentMessage.safeParse(message).success) {
      void markTab(message, sender).then((ok) => sendResponse({ ok }));
      return true;
    }
    void handleMessage(message, sender, { db, engine }).then(sendResponse);
    return true; // the reply is sent asynchronously
  });

  browser.alarms.onAlarm.addListener((alarm) => {
    if (alarm.name !== SYNC_ALARM) return;
    void engine.sync().then(() => notifyDueTasks(db, unitId));
  });
  void browser.alarms.get(SYNC_ALARM).then((a) => {
    if (!a) void browser.alarms.create(SYNC_ALARM, { periodInMinutes: 1 });
  });

  // Coming back online: push what was done offline now, not at the next tick.
  globalThis.addEventListener?.('online', () => void engine.sync({ force: true }));

  // Portal detection runs on exactly the listed portals the user has granted.
  const refreshPortals = () => void syncPortalScripts().catch((err) => console.warn('portal detection not registered', err));
  browser.permissions.onAdded.addListener(refreshPortals);
  browser.permissions.onRemoved.addListener(refreshPortals);
  // Notifications and the toolbar speak the language chosen in Settings, like the pages.
  void prefs.language.get().then(setLanguage);
  prefs.language.watch(setLanguage);
  prefs.portals.watch(refreshPortals);
  browser.storage.onChanged.addListener((_changes, area) => {
    // A policy pushed or changed by the admin can add portals.
    if (area === 'managed') refreshPortals();
  });
  refreshPortals();

  // First run: a device not enrolled opens on Settings, which says what to do.
  browser.runtime.onInstalled.addListener((details) => {
    if (details.reason !== 'install') return;
    void migrated.then(async () => {
      if ((await readEnrollment(db)).state !== 'enrolled') await browser.tabs.create({ url: browser.runtime.getURL('/options.html') });
    });
  });

  // A browser start is a fresh start: what waited in the outbox before it was closed goes out now,
  // without waiting out the backoff of the previous session. A worker merely woken up again syncs
  // within the backoff.
  browser.runtime.onStartup.addListener(() => void engine.sync({ force: true }));
  void migrated.then(async () => {
    const p = await readEnrollment(db);
    if (p.state === 'enrolled') void engine.sync();
  });
});

function openPanel(tabId: number | undefined, windowId: number | undefined): void {
  const b = browser as unknown as {
    sidePanel?: { open(o: { tabId?: number; windowId?: number }): Promise<void> };
    sidebarAction?: { open(): Promise<void> };
  };
  try {
    if (b.sidePanel?.open) {
      b.sidePanel.open(tabId !== undefined ? { tabId } : { windowId }).catch(() => undefined);
    } else if (b.sidebarAction?.open) {
      // Firefox: the side panel is a sidebar.
      b.sidebarAction.open().catch(() => undefined);
    }
  } catch {
    // No panel API (or no gesture): the capture is still stored and shown when the panel opens.
  }
}
