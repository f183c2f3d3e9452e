import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import type { CirculateDb } from '../db';
import { requestSync } from './bridge';
import { Capture } from './capture/CaptureView';
import { useLanguage, useEnrollment } from './hooks';
import { t } from './i18n';
import { Inbox, startInboxRead } from './Inbox';
import { Sent } from './Sent';
import { Settings } from './Settings';
import { Tasks } from './Tasks';

type Tab = 'capture' | 'sent' | 'inbox' | 'tasks' | 'settings';
const TABS: { id: Tab; label: () => string }[] = [
  { id: 'capture', label: () => t('tabCapture') },
  { id: 'sent', label: () => t('tabSent') },
  { id: 'inbox', label: () => t('tabInbox') },
  { id: 'tasks', label: () => t('tabTasks') },
  { id: 'settings', label: () => t('tabSettings') },
];

/**
 * The tabs. The one a Tab key press reaches (tabindex 0, the others -1: the roving tabindex) follows
 * the chosen tab after the switch has been painted: a focused button's tabindex changed in the
 * switch's render made the browser compute the page's styles at once, in the middle of it (about a
 * millisecond of the Inbox's opening); after the paint the styles are current and it costs nothing.
 */
function TabList(props: {
  tab: Tab;
  labels: Record<Tab | 'name', string>;
  tabs: Record<string, HTMLButtonElement | null>;
  onKey: (e: KeyboardEvent) => void;
  intent: (id: Tab) => unknown;
  choose: (id: Tab, focus: boolean) => void;
}) {
  const { tab, labels, tabs, onKey, intent, choose } = props;
  const [roving, setRoving] = useState(tab);
  useEffect(() => setRoving(tab), [tab]);
  return (
    <div role="tablist" aria-label={labels.name} class="tabs" onKeyDown={onKey}>
      {TABS.map((x) => (
        <button
          type="button"
          role="tab"
          key={x.id}
          id={`tab-${x.id}`}
          ref={(el) => {
            tabs[x.id] = el;
          }}
          data-testid={`tab-${x.id}`}
          aria-selected={tab === x.id}
          aria-controls={`panel-${x.id}`}
          tabIndex={roving === x.id ? 0 : -1}
          class={tab === x.id ? 'active' : ''}
          onPointerDown={() => intent(x.id)}
          onClick={() => choose(x.id, false)}
        >
          {labels[x.id]}
        </button>
      ))}
    </div>
  );
}

/** How long a switch to the Inbox waits at most for its first page (see choose). */
const INBOX_WAIT_MS = 100;

/** The side panel: its views behind tabs (the WAI-ARIA tabs pattern: arrow keys, Home, End). */
export function App(props: { db: CirculateDb; initialTab?: Tab }) {
  const enrollment = useEnrollment(props.db);
  // Applies the chosen language (and <html lang>); the panel re-renders when it changes.
  const lang = useLanguage();
  // The panel's own words, looked up once a language (each lookup is a call into the browser's
  // i18n), not again at each switch of tab.
  const labels = useMemo(
    () => Object.fromEntries([['name', t('extName')], ...TABS.map((x) => [x.id, x.label()])]) as Record<Tab | 'name', string>,
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [lang],
  );
  const [tab, setTab] = useState<Tab>(props.initialTab ?? 'capture');
  // First run: a device not enrolled opens on Settings, which says what to do. Once, when the
  // enrollment is first read; after that the user's choice of tab stands.
  const [routed, setRouted] = useState(false);
  useEffect(() => {
    if (!enrollment || routed) return;
    setRouted(true);
    if (!props.initialTab && enrollment.state !== 'enrolled') setTab('settings');
  }, [enrollment, routed, props.initialTab]);
  const tabs = useRef<Record<string, HTMLButtonElement | null>>({});
  // The service worker listens for `online` too; an open panel makes sure it hears of it.
  useEffect(() => {
    const onOnline = () => requestSync();
    addEventListener('online', onOnline);
    return () => removeEventListener('online', onOnline);
  }, []);
  // The tab last asked for: a switch that waits (below) is dropped when another was asked for since.
  const wanted = useRef<Tab | null>(null);
  const show = (id: Tab) => {
    wanted.current = id;
    setTab(id);
  };
  // The Inbox's reads start at the user's request, before the switch renders (see startInboxRead).
  const intent = (id: Tab): Promise<void> | undefined => {
    const unitId = enrollment?.user?.unitId;
    return id === 'inbox' && id !== tab && unitId ? startInboxRead(props.db, unitId) : undefined;
  };
  const choose = (id: Tab, focus: boolean) => {
    wanted.current = id;
    if (focus) tabs.current[id]?.focus();
    const ready = intent(id);
    if (!ready) return setTab(id);
    // The switch waits for the Inbox's first page (a few ms), up to INBOX_WAIT_MS, so the view comes
    // with its items in one frame instead of a frame of "loading" first, which the browser paints
    // before it hands the page's reads back.
    const go = () => {
      if (wanted.current === id) setTab(id);
    };
    void ready.then(go);
    setTimeout(go, INBOX_WAIT_MS);
  };
  const onKey = (e: KeyboardEvent) => {
    const i = TABS.findIndex((x) => x.id === tab);
    const to = { ArrowRight: i + 1, ArrowLeft: i - 1, Home: 0, End: TABS.length - 1 }[e.key];
    if (to === undefined) return;
    e.preventDefault();
    choose(TABS[(to + TABS.length) % TABS.length].id, true);
  };
  const view = { db: props.db, enrollment };
  return (
    <div class="app">
      <header class="top">
        <h1 class="visually-hidden">{labels.name}</h1>
        <TabList tab={tab} labels={labels} tabs={tabs.current} onKey={onKey} intent={intent} choose={choose} />
      </header>
      <main>
        {enrollment?.state === 'expired' && tab !== 'settings' && (
          <p class="error" data-testid="enroll-again">
            <button type="button" class="link" onClick={() => show('settings')}>
              {t('settingsExpired')}
            </button>
          </p>
        )}
        <div role="tabpanel" id={`panel-${tab}`} aria-labelledby={`tab-${tab}`}>
          {/* Each view is a level-two section under the panel's heading; the views' own headings are h3. */}
          <h2 class="visually-hidden">{labels[tab]}</h2>
          {tab === 'capture' && <Capture {...view} />}
          {tab === 'sent' && <Sent {...view} onReopen={() => show('capture')} />}
          {tab === 'inbox' && <Inbox {...view} />}
          {tab === 'tasks' && <Tasks {...view} />}
          {tab === 'settings' && <Settings {...view} />}
        </div>
      </main>
    </div>
  );
}
