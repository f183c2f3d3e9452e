import { useEffect, useState } from 'preact/hooks';
import { getMeta, META, type CirculateDb, type OutboxRow } from '../db';
import type { Enrollment } from '../enrollment';
import { retryRejected, type SyncErrorInfo } from '../sync';
import { send } from './bridge';
import { browser } from 'wxt/browser';
import { originPattern, requestOrigins } from '../permissions';
import { Portals } from './Portals';
import { ProfilePatternsSettings } from './ProfilePatterns';
import { useLiveQuery } from './hooks';
import { currentLanguage, LANGUAGE_KEY, t, type Language } from './i18n';

interface SyncState {
  pending: number;
  rejected: OutboxRow[];
  lastSyncAt?: string;
  lastError?: SyncErrorInfo;
}

/** Service, enrollment, who I am, and the state of sync (pending, refused entries, errors). */
export function Settings(props: { db: CirculateDb; enrollment: Enrollment | null }) {
  const { db, enrollment } = props;
  const [server, setServer] = useState('');
  const [code, setCode] = useState('');
  const [device, setDevice] = useState('');
  const [busy, setBusy] = useState(false);
  const [message, setMessage] = useState<string | null>(null);
  const [forgetData, setForgetData] = useState(false);

  // Fill the fields from the stored enrollment once it has been read.
  useEffect(() => {
    if (!enrollment) return;
    setServer((s) => s || enrollment.server);
    setDevice((d) => d || enrollment.deviceName);
  }, [enrollment]);

  const sync = useLiveQuery<SyncState>(
    async () => ({
      pending: await db.outbox.where('state').equals('pending').count(),
      rejected: await db.outbox.where('state').equals('rejected').sortBy('id'),
      lastSyncAt: await getMeta<string>(db, META.lastSyncAt),
      lastError: await getMeta<SyncErrorInfo>(db, META.lastError),
    }),
    [db],
    { pending: 0, rejected: [] },
  );

  const enrolled = enrollment?.state === 'enrolled' && enrollment.user;
  const myUnitId = enrollment?.user?.unitId ?? '';
  const myUnit = useLiveQuery(() => (myUnitId ? db.units.get(myUnitId) : undefined), [db, myUnitId], undefined);

  const onEnroll = async () => {
    // Host access to the service is asked for in the click (the prompt needs the gesture), but
    // enrollment does not wait on the answer: the service allows the extension's origin (CORS).
    const pattern = originPattern(server);
    if (pattern) void requestOrigins([pattern]);
    setBusy(true);
    setMessage(null);
    const reply = await send({ type: 'enroll', server, code, deviceName: device });
    setBusy(false);
    if (reply.ok) setCode('');
    else setMessage(reply.error);
  };
  const onSync = async () => {
    setBusy(true);
    const reply = await send({ type: 'sync' });
    setBusy(false);
    setMessage(reply.ok ? null : reply.error);
  };
  const onSignOut = async () => {
    const reply = await send({ type: 'signOut', forgetData });
    setMessage(reply.ok ? null : reply.error);
    if (reply.ok) setForgetData(false);
  };

  const shownError = sync.lastError && sync.lastError.code !== 'not-enrolled' ? sync.lastError.message : enrolled ? message : null;

  return (
    <div class="settings">
      {enrollment?.state === 'expired' && (
        <p class="error" data-testid="settings-expired">
          {t('settingsExpired')}
        </p>
      )}
      {enrolled ? (
        <p data-testid="settings-whoami" data-role={enrollment.user!.role} data-unit-id={enrollment.user!.unitId}>
          {t('settingsWhoami', [roleLabel(enrollment.user!.role), myUnit ? `${myUnit.name} (${myUnit.id})` : enrollment.user!.unitId])}
        </p>
      ) : null}
      <label>
        {t('settingsServer')}
        <input data-testid="settings-server" type="url" value={server} placeholder="https://" onInput={(e) => setServer(val(e))} />
      </label>
      <label>
        {t('settingsCode')}
        <input data-testid="settings-code" value={code} autocomplete="off" onInput={(e) => setCode(val(e))} />
      </label>
      <label>
        {t('settingsDevice')}
        <input data-testid="settings-device" value={device} onInput={(e) => setDevice(val(e))} />
      </label>
      <div class="actions">
        <button type="button" class="primary" data-testid="settings-enroll" disabled={busy || !server || !code} onClick={onEnroll}>
          {t('settingsEnroll')}
        </button>
        {enrolled && (
          <button type="button" data-testid="settings-signout" onClick={onSignOut}>
            {t('settingsSignOut')}
          </button>
        )}
      </div>
      {enrolled && (
        <label class="check">
          <input type="checkbox" data-testid="settings-forget-data" checked={forgetData} onChange={(e) => setForgetData((e.currentTarget as HTMLInputElement).checked)} />
          {t('settingsForgetData', String(sync.pending))}
        </label>
      )}
      {message && !enrolled && (
        <p class="error" data-testid="settings-error">
          {message}
        </p>
      )}

      <label>
        {t('settingsLanguage')}
        <select
          data-testid="settings-language"
          value={currentLanguage()}
          onChange={(e) => void browser.storage.local.set({ [LANGUAGE_KEY]: val(e) as Language })}
        >
          <option value="auto">{t('languageAuto')}</option>
          <option value="zh_CN">中文</option>
          <option value="en">English</option>
        </select>
      </label>

      <Portals serverPattern={originPattern(enrollment?.server ?? '')} />
      <ProfilePatternsSettings />

      <div class="section">
        <h3>{t('syncTitle')}</h3>
        <p>
          {t('syncPending')}: <span data-testid="sync-pending">{sync.pending}</span>
        </p>
        <p>
          {t('syncLast')}: <span data-testid="sync-last">{sync.lastSyncAt ? new Date(sync.lastSyncAt).toLocaleString() : t('syncNever')}</span>
        </p>
        {shownError && (
          <p class="error">
            {t('syncError')}: <span data-testid="sync-error">{shownError}</span>
          </p>
        )}
        <button type="button" data-testid="sync-now" disabled={busy} onClick={onSync}>
          {t('syncNow')}
        </button>
        {sync.rejected.length > 0 && (
          <>
            <h4>{t('syncRejected')}</h4>
            <ul data-testid="sync-rejected">
              {sync.rejected.map((r) => (
                <li key={r.id} data-testid="sync-rejected-entry">
                  <code>{r.type}</code> — <span>{r.reason}</span>{' '}
                  <button type="button" class="link" onClick={() => void retryRejected(db, r.id).then(onSync)}>
                    {t('syncRetry')}
                  </button>
                </li>
              ))}
            </ul>
          </>
        )}
      </div>
    </div>
  );
}

/** The role in the UI language, with the role's own name when they differ (it names the role everywhere). */
function roleLabel(role: string): string {
  const label = t(`role_${role}` as Parameters<typeof t>[0]);
  return label === role ? role : `${label} (${role})`;
}

function val(e: Event): string {
  return (e.currentTarget as HTMLInputElement).value;
}
