import { useEffect, useState } from 'preact/hooks';
import { getMeta, META, type CirculateDb, type OutboxRow } from '../db';
import type { Enrollment } from '../enrollment';
import { checkServer, discardEntry, outboxEntries, retryRejected, ServerUrlError, type SyncErrorInfo } from '../sync';
import { send } from './bridge';
import { originPattern, requestOrigins } from '../permissions';
import { prefs, readPolicy, type ManagedPolicy } from '../store';
import { errorText, reasonText } from './error-text';
import { Portals } from './Portals';
import { ProfilePatternsSettings } from './ProfilePatterns';
import { rereadEnrollment, useLiveQuery } from './hooks';
import { currentLanguage, t, type Language, type MessageKey } from './i18n';

interface SyncState {
  entries: OutboxRow[];
  lastSyncAt?: string;
  lastError?: SyncErrorInfo;
}

/** Service, enrollment, who I am, and the state of sync: the outbox entry by entry, errors. */
export function Settings(props: { db: CirculateDb; enrollment: Enrollment | null }) {
  const { db, enrollment } = props;
  const [server, setServer] = useState('');
  const [code, setCode] = useState('');
  const [device, setDevice] = useState('');
  const [busy, setBusy] = useState(false);
  // What went wrong, in words, and its code (kept on the element for whoever reads the page's state).
  const [failure, setFailure] = useState<{ code: string; text: string } | null>(null);
  const setMessage = (code: string | null) => setFailure(code ? { code, text: errorText(code) } : null);
  const message = failure?.text ?? null;
  const [forgetData, setForgetData] = useState(false);
  const [policy, setPolicy] = useState<ManagedPolicy>({});

  useEffect(() => {
    void readPolicy().then(setPolicy);
  }, []);
  // Fill the fields from the stored enrollment once it has been read.
  useEffect(() => {
    if (!enrollment) return;
    setServer((s) => s || enrollment.server);
    setDevice((d) => d || enrollment.deviceName);
  }, [enrollment]);

  const sync = useLiveQuery<SyncState>(
    async () => ({
      entries: await outboxEntries(db),
      lastSyncAt: await getMeta<string>(db, META.lastSyncAt),
      lastError: await getMeta<SyncErrorInfo>(db, META.lastError),
    }),
    [db],
    { entries: [] },
  );
  const pending = sync.entries.filter((e) => e.state === 'pending').length;

  const state = enrollment?.state ?? 'new';
  const enrolled = state === 'enrolled' && enrollment?.user;
  const myUnitId = enrollment?.user?.unitId ?? '';
  const myUnit = useLiveQuery(() => (myUnitId ? db.units.get(myUnitId) : undefined), [db, myUnitId], undefined);
  // A service URL the admin set by policy is the only one.
  const serverValue = policy.serviceUrl || server;
  const serverProblem = serverValue ? urlProblem(serverValue, policy) : null;

  const onEnroll = async () => {
    // Host access to the service is asked for in the click (the prompt needs the gesture), but
    // enrollment does not wait on the answer: the service allows the extension's origin (CORS).
    const pattern = originPattern(serverValue);
    if (pattern) void requestOrigins([pattern]);
    setBusy(true);
    setMessage(null);
    // The background gives up on the service after 20 s; this bounds the wait on the background.
    const reply = await send({ type: 'enroll', server: serverValue, code, deviceName: device }, { timeoutMs: 30_000 });
    setBusy(false);
    if (reply.ok) setCode('');
    else setMessage(reply.error);
    rereadEnrollment();
  };
  const onSync = async () => {
    setBusy(true);
    const reply = await send({ type: 'sync' });
    setBusy(false);
    setMessage(reply.ok ? null : reply.error);
  };
  const onSignOut = async () => {
    const reply = await send({ type: 'signOut', forgetData });
    rereadEnrollment();
    setMessage(reply.ok ? null : reply.error);
    if (reply.ok) setForgetData(false);
  };

  const shownError = sync.lastError && sync.lastError.code !== 'not-enrolled' ? errorText(sync.lastError.code) : enrolled ? message : null;
  const enrollLabel = busy ? t('settingsEnrollBusy') : state === 'new' ? t('settingsEnrollNew') : t('settingsEnrollAgain');

  return (
    <div class="settings">
      {enrollment && (state === 'new' || state === 'signed-out') && (
        <p class="first-run" role="status" data-testid="settings-first-run">
          {t('settingsFirstRun')}
        </p>
      )}
      {state === 'expired' && (
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
        <input
          data-testid="settings-server"
          type="url"
          value={serverValue}
          placeholder="https://"
          readOnly={!!policy.serviceUrl}
          aria-invalid={serverProblem ? true : undefined}
          aria-describedby={serverProblem ? 'settings-server-problem' : undefined}
          onInput={(e) => setServer(val(e))}
        />
      </label>
      {policy.serviceUrl && (
        <p class="muted" data-testid="settings-server-managed">
          {t('settingsServerManaged')}
        </p>
      )}
      {serverProblem && (
        <p class="error" id="settings-server-problem" data-testid="settings-server-problem">
          {serverProblem}
        </p>
      )}
      <label>
        {t('settingsCode')}
        <input data-testid="settings-code" value={code} autocomplete="off" onInput={(e) => setCode(val(e))} />
      </label>
      <label>
        {t('settingsDevice')}
        <input data-testid="settings-device" value={device} onInput={(e) => setDevice(val(e))} />
      </label>
      <div class="actions">
        <button
          type="button"
          class={enrolled ? '' : 'primary'}
          data-testid="settings-enroll"
          data-state={busy ? 'busy' : state}
          aria-busy={busy || undefined}
          disabled={busy || !serverValue || !code || !!serverProblem}
          onClick={onEnroll}
        >
          {enrollLabel}
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
          {t('settingsForgetData', String(pending))}
        </label>
      )}
      {message && !enrolled && (
        <p class="error" role="alert" data-testid="settings-error" data-code={failure?.code}>
          {message}
        </p>
      )}

      <label>
        {t('settingsLanguage')}
        <select data-testid="settings-language" value={currentLanguage()} onChange={(e) => void prefs.language.set(val(e) as Language)}>
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
          {t('syncPending')}: <span data-testid="sync-pending">{pending}</span>
        </p>
        <p>
          {t('syncLast')}: <span data-testid="sync-last">{sync.lastSyncAt ? new Date(sync.lastSyncAt).toLocaleString(locale()) : t('syncNever')}</span>
        </p>
        {shownError && (
          <p class="error">
            {t('syncError')}: <span data-testid="sync-error">{shownError}</span>
          </p>
        )}
        <button type="button" data-testid="sync-now" disabled={busy} onClick={onSync}>
          {t('syncNow')}
        </button>
        <Outbox db={db} entries={sync.entries} onRetry={onSync} />
      </div>
    </div>
  );
}

/** Every entry not yet accepted by the service, with its state; each can be retried or discarded. */
function Outbox(props: { db: CirculateDb; entries: OutboxRow[]; onRetry: () => void }) {
  const { db, entries } = props;
  const [confirming, setConfirming] = useState<string | null>(null);
  return (
    <div data-testid="outbox">
      <h4>{t('outboxTitle')}</h4>
      {entries.length === 0 ? (
        <p class="muted" data-testid="outbox-empty">
          {t('outboxEmpty')}
        </p>
      ) : (
        <ul class="outbox">
          {entries.map((e) => {
            const label = t(`outboxType_${e.type.replace('.', '_')}` as MessageKey);
            return (
              <li key={e.id} data-testid="outbox-entry" data-state={e.state} data-type={e.type}>
                <span>{label}</span> <span class="muted">{new Date(e.at).toLocaleString(locale())}</span>{' '}
                {e.state === 'pending' ? (
                  <span class="pill near">{t('outboxPending')}</span>
                ) : (
                  <span class="error" data-testid="outbox-reason">
                    {t('outboxRejected')}: {reasonText(e.reason)}
                  </span>
                )}{' '}
                <button type="button" class="link" data-testid="outbox-retry" aria-label={`${t('syncRetry')} ${label}`} onClick={() => void retryRejected(db, e.id).then(props.onRetry)}>
                  {t('syncRetry')}
                </button>{' '}
                {confirming === e.id ? (
                  <button type="button" class="link" data-testid="outbox-discard-confirm" aria-label={`${t('outboxDiscardConfirm')} ${label}`} onClick={() => void discardEntry(db, e.id).then(() => setConfirming(null))}>
                    {t('outboxDiscardConfirm')}
                  </button>
                ) : (
                  <button type="button" class="link" data-testid="outbox-discard" aria-label={`${t('outboxDiscard')} ${label}`} onClick={() => setConfirming(e.id)}>
                    {t('outboxDiscard')}
                  </button>
                )}
                {confirming === e.id && <p class="muted">{t('outboxDiscardHint')}</p>}
              </li>
            );
          })}
        </ul>
      )}
    </div>
  );
}

/**
 * Plain http to a host not allowed, said as it is typed (a URL still being typed is judged when
 * Enroll is pressed), or null.
 */
function urlProblem(server: string, policy: ManagedPolicy): string | null {
  try {
    checkServer(server, policy);
    return null;
  } catch (err) {
    return err instanceof ServerUrlError && err.code === 'insecure-url' ? errorText(err.code) : null;
  }
}

/** Dates and times in the UI language. */
function locale(): string | undefined {
  const l = currentLanguage();
  return l === 'auto' ? undefined : l.replace('_', '-');
}

/** The role in the UI language, with the role's own name when they differ (it names the role everywhere). */
function roleLabel(role: string): string {
  const label = t(`role_${role}` as MessageKey);
  return label === role ? role : `${label} (${role})`;
}

function val(e: Event): string {
  return (e.currentTarget as HTMLInputElement).value;
}
