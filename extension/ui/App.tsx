import { useEffect, useState } from 'preact/hooks';
import type { CirculateDb } from '../db';
import { requestSync } from './bridge';
import { Capture } from './capture/CaptureView';
import { useLanguage, useEnrollment } from './hooks';
import { t } from './i18n';
import { Inbox } from './Inbox';
import { Settings } from './Settings';
import { Tasks } from './Tasks';

type Tab = 'capture' | 'inbox' | 'tasks' | 'settings';
const TABS: { id: Tab; label: () => string }[] = [
  { id: 'capture', label: () => t('tabCapture') },
  { id: 'inbox', label: () => t('tabInbox') },
  { id: 'tasks', label: () => t('tabTasks') },
  { id: 'settings', label: () => t('tabSettings') },
];

/** The side panel: four views behind tabs. */
export function App(props: { db: CirculateDb; initialTab?: Tab }) {
  const enrollment = useEnrollment(props.db);
  const lang = useLanguage();
  const [tab, setTab] = useState<Tab>(props.initialTab ?? 'capture');
  // First run: a device not enrolled opens on Settings, which says what to do. Once, when the
  // enrollment is first read; after that the user's choice of tab stands.
  const [routed, setRouted] = useState(false);
  useEffect(() => {
    if (!enrollment || routed) return;
    setRouted(true);
    if (!props.initialTab && enrollment.state !== 'enrolled') setTab('settings');
  }, [enrollment, routed, props.initialTab]);
  // The service worker listens for `online` too; an open panel makes sure it hears of it.
  useEffect(() => {
    const onOnline = () => requestSync();
    addEventListener('online', onOnline);
    return () => removeEventListener('online', onOnline);
  }, []);
  const view = { db: props.db, enrollment };
  return (
    <div class="app" lang={lang === 'auto' ? undefined : lang.replace('_', '-')}>
      <nav role="tablist">
        {TABS.map((x) => (
          <button
            type="button"
            role="tab"
            key={x.id}
            data-testid={`tab-${x.id}`}
            aria-selected={tab === x.id}
            class={tab === x.id ? 'active' : ''}
            onClick={() => setTab(x.id)}
          >
            {x.label()}
          </button>
        ))}
      </nav>
      <main>
        {enrollment?.state === 'expired' && tab !== 'settings' && (
          <p class="error" data-testid="enroll-again">
            <button type="button" class="link" onClick={() => setTab('settings')}>
              {t('settingsExpired')}
            </button>
          </p>
        )}
        {tab === 'capture' && <Capture {...view} />}
        {tab === 'inbox' && <Inbox {...view} />}
        {tab === 'tasks' && <Tasks {...view} />}
        {tab === 'settings' && <Settings {...view} />}
      </main>
    </div>
  );
}
