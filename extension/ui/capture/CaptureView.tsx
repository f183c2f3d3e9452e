import { useEffect, useState } from 'preact/hooks';
import { latestCapture, type CaptureRow, type CirculateDb } from '../../db';
import type { Enrollment } from '../../enrollment';
import { useLiveQuery } from '../hooks';
import { t } from '../i18n';
import { CaptureFailed } from '../CaptureFailed';
import { targetsOf, type Target } from '../unit-match';
import { CaptureEditor } from './CaptureEditor';
import { captureMissing, manualDraft, missingParts, type Missing } from './manual-entry';
import { noteText } from './notes';
import { loadPrior, type Prior } from './state';

/** The latest capture: review and correct the extraction, map names to units, save, circulate. */
export function Capture(props: { db: CirculateDb; enrollment: Enrollment | null }) {
  const { db } = props;
  const capture = useLiveQuery(() => latestCapture(db), [db], null as CaptureRow | undefined | null);
  // The directory and this unit's pending proposals: a name proposed once maps to its proposal.
  const units = useLiveQuery(() => targetsOf(db), [db], [] as Target[]);
  // What was saved from this page before, read once per capture: the comparison is with the
  // document as it was when the page was captured again, not as it is after saving.
  const [prior, setPrior] = useState<{ captureId: string; value: Prior } | null>(null);
  const captureId = capture?.id;
  // The capture the clerk chose to enter by hand although the extractor said it is not minutes.
  const [byHand, setByHand] = useState<string | null>(null);
  useEffect(() => {
    if (!capture) return;
    let live = true;
    // A failed read of what was saved before must not leave the panel blank: the form shows without it.
    const empty: Prior = { edits: [] };
    void loadPrior(db, capture)
      .catch((err) => (console.error('what was saved from this page could not be read', err), empty))
      .then((value) => live && setPrior({ captureId: capture.id, value }));
    return () => {
      live = false;
    };
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [db, captureId]);

  if (capture === undefined) return <p data-testid="capture-empty">{t('captureEmpty')}</p>;
  if (capture === null) return null;
  if (!capture.draft && capture.errorCode && capture.text === undefined) return <CaptureFailed capture={{ ...capture, errorCode: capture.errorCode }} />;
  if (prior?.captureId !== capture.id) return null;
  const manualChosen = byHand === capture.id || prior.value.draft?.byHand === true;
  if (capture.draft && !capture.draft.isMinutes && !manualChosen) {
    // Said plainly, with no Save; but never a dead end: the clerk may know better.
    return (
      <div>
        <p data-testid="capture-not-minutes">
          {t('captureNotMinutes')} {capture.draft.reason ? noteText(capture.draft.reason) : ''}
        </p>
        <p class="muted">{capture.url}</p>
        <button type="button" data-testid="capture-enter-manually" onClick={() => setByHand(capture.id)}>
          {t('captureEnterManually')}
        </button>
      </div>
    );
  }
  // A failed extraction or a page entered by hand starts from what was found, over the kept page text.
  const draft = capture.draft?.isMinutes ? capture.draft : manualDraft(capture);
  const missing: Missing[] = [...captureMissing(capture), ...missingParts(draft)];
  // A new capture starts a fresh form (key).
  return (
    <CaptureEditor
      key={capture.id}
      db={db}
      capture={capture}
      draft={draft}
      missing={missing}
      units={units}
      enrollment={props.enrollment}
      prior={prior.value}
      byHand={manualChosen}
    />
  );
}
