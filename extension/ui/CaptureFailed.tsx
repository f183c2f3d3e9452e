import { useState } from 'preact/hooks';
import type { CaptureRow } from '../db';
import { send } from './bridge';
import { captureErrorText, errorText } from './error-text';
import { t } from './i18n';

/** A capture that could not read its page: why, in the UI language, and a retry on the same tab. */
export function CaptureFailed(props: { capture: CaptureRow & { errorCode: NonNullable<CaptureRow['errorCode']> } }) {
  const { capture } = props;
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const canRetry = capture.tabId !== undefined && capture.errorCode !== 'restricted' && capture.errorCode !== 'no-tab';
  const retry = async () => {
    if (capture.tabId === undefined) return;
    setBusy(true);
    const reply = await send({ type: 'capture', tabId: capture.tabId });
    setBusy(false);
    setError(reply.ok ? null : errorText(reply.error));
  };
  return (
    <div role="alert" data-testid="capture-failed" data-code={capture.errorCode}>
      <p class="error">{captureErrorText(capture.errorCode)}</p>
      {capture.url && <p class="muted url">{capture.url}</p>}
      {canRetry && (
        <>
          <button type="button" class="primary" data-testid="capture-retry" disabled={busy} onClick={retry}>
            {t('captureRetry')}
          </button>
          <p class="muted">{t('captureRetryHint')}</p>
        </>
      )}
      {error && <p class="error">{error}</p>}
    </div>
  );
}
