// @vitest-environment jsdom
import 'fake-indexeddb/auto';
import { cleanup, render, screen, waitFor } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { CirculateDb } from '../../extension/db';
import { DEVICE_KEYS } from '../../extension/enrollment';
import { rereadEnrollment, useEnrollment } from '../../extension/ui/hooks';
import { CLERK, settle } from './ui-helpers';

let db: CirculateDb;
let n = 0;
beforeEach(async () => {
  db = new CirculateDb(`t-reread-${n++}`);
  await db.open();
});
afterEach(async () => {
  cleanup();
  await settle();
  await db.delete();
});

function Probe(props: { db: CirculateDb }) {
  const enrollment = useEnrollment(props.db);
  return <p data-testid="state">{enrollment ? enrollment.state : 'reading'}</p>;
}

/** Writes the enrollment below Dexie, as another context whose change notice never arrived. */
function writeUnseen(value: unknown): Promise<void> {
  return new Promise((done, fail) => {
    const tx = db.backendDB().transaction('device', 'readwrite');
    tx.objectStore('device').put({ key: DEVICE_KEYS.enrollment, value });
    tx.oncomplete = () => done();
    tx.onerror = () => fail(tx.error);
  });
}

describe('useEnrollment', () => {
  it('shows an enrollment stored elsewhere once the page is told to read it again', async () => {
    render(<Probe db={db} />);
    await waitFor(() => expect(screen.getByTestId('state').textContent).toBe('new'));
    await writeUnseen(CLERK);
    rereadEnrollment();
    await waitFor(() => expect(screen.getByTestId('state').textContent).toBe('enrolled'));
  });
});
