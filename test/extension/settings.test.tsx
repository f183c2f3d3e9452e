// @vitest-environment jsdom
import 'fake-indexeddb/auto';
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { CirculateDb, META, setMeta } from '../../extension/db';
import { enqueue } from '../../extension/sync';
import { NOT_ENROLLED } from '../../extension/enrollment';
import { Settings } from '../../extension/ui/Settings';
import { answerMessages, settle, CLERK, installEnglish } from './ui-helpers';
import { DOC_ID } from './fixtures';

let db: CirculateDb;
let n = 0;
beforeEach(async () => {
  vi.restoreAllMocks();
  fakeBrowser.reset();
  installEnglish();
  db = new CirculateDb(`t-settings-${n++}`);
  await db.open();
});
afterEach(async () => {
  cleanup();
  await settle();
  await db.delete();
});

describe('Settings view', () => {
  it('sends the enrollment to the background and shows its error', async () => {
    const sent = answerMessages(() => ({ ok: false, error: 'this enrollment code is unknown, already used or expired' }));
    render(<Settings db={db} enrollment={NOT_ENROLLED} />);
    expect(screen.queryByTestId('settings-whoami')).toBeNull();
    fireEvent.input(screen.getByTestId('settings-server'), { target: { value: 'http://127.0.0.1:8787' } });
    fireEvent.input(screen.getByTestId('settings-code'), { target: { value: 'ABCD-1234' } });
    fireEvent.input(screen.getByTestId('settings-device'), { target: { value: 'front desk' } });
    fireEvent.click(screen.getByTestId('settings-enroll'));
    await waitFor(() => expect(screen.getByTestId('settings-error').textContent).toContain('unknown'));
    expect(sent).toEqual([{ type: 'enroll', server: 'http://127.0.0.1:8787', code: 'ABCD-1234', deviceName: 'front desk' }]);
  });

  it('shows who I am, pending and rejected entries, the last error; Sync now asks the background', async () => {
    const sent = answerMessages();
    const [m] = await enqueue(db, { type: 'ack.create', payload: { id: '01890000-0000-7000-8000-0000000000a1', documentId: DOC_ID } }, { unitId: 'u' });
    await enqueue(db, { type: 'read.create', payload: { id: '01890000-0000-7000-8000-0000000000b1', documentId: DOC_ID } }, { unitId: 'u' });
    await db.outbox.update(m.id, { state: 'rejected', reason: 'not circulated to your unit' });
    await setMeta(db, META.lastError, { code: 'network', message: 'service unreachable: Failed to fetch' });

    await db.units.put({ id: 'u-office', name: '区政府办公室', aliases: [], keys: [] });
    render(<Settings db={db} enrollment={CLERK} />);
    const who = await screen.findByTestId('settings-whoami');
    expect(who.textContent).toContain('clerk');
    expect(who.textContent).toContain('u-office');
    await waitFor(() => expect(who.textContent).toContain('区政府办公室'));
    await waitFor(() => expect(screen.getByTestId('sync-pending').textContent).toBe('1'));
    expect(screen.getByTestId('sync-rejected').textContent).toContain('not circulated to your unit');
    expect(screen.getByTestId('sync-error').textContent).toContain('Failed to fetch');
    expect((screen.getByTestId('settings-server') as HTMLInputElement).value).toBe('http://svc.test');

    fireEvent.click(screen.getByTestId('sync-now'));
    await waitFor(() => expect(sent).toEqual([{ type: 'sync' }]));

    // The error disappears once a sync succeeds (the engine clears it).
    await setMeta(db, META.lastError, undefined);
    await waitFor(() => expect(screen.queryByTestId('sync-error')).toBeNull());
  });

  it('asks to enroll again after the service refused the token', async () => {
    render(<Settings db={db} enrollment={{ ...CLERK, state: 'expired' }} />);
    expect(await screen.findByTestId('settings-expired')).toBeTruthy();
    expect(screen.queryByTestId('settings-whoami')).toBeNull();
  });

  it('asks for the service origin as a host permission without waiting for the answer before enrolling', async () => {
    const asked = vi.spyOn(fakeBrowser.permissions, 'request').mockImplementation((() => new Promise(() => undefined)) as never);
    const sent = answerMessages();
    render(<Settings db={db} enrollment={NOT_ENROLLED} />);
    fireEvent.input(screen.getByTestId('settings-server'), { target: { value: 'http://127.0.0.1:8787/' } });
    fireEvent.input(screen.getByTestId('settings-code'), { target: { value: 'ABCD-1234' } });
    fireEvent.click(screen.getByTestId('settings-enroll'));
    await waitFor(() => expect(sent).toHaveLength(1));
    expect(asked).toHaveBeenCalledWith({ origins: ['http://127.0.0.1/*'] });
    expect(sent[0]).toMatchObject({ type: 'enroll', server: 'http://127.0.0.1:8787/' });
  });

  it('enrolls even where the permission API throws', async () => {
    vi.spyOn(fakeBrowser.permissions, 'request').mockImplementation((() => {
      throw new Error('permissions API unavailable');
    }) as never);
    const sent = answerMessages();
    render(<Settings db={db} enrollment={NOT_ENROLLED} />);
    fireEvent.input(screen.getByTestId('settings-server'), { target: { value: 'https://svc.example' } });
    fireEvent.input(screen.getByTestId('settings-code'), { target: { value: 'ABCD-1234' } });
    fireEvent.click(screen.getByTestId('settings-enroll'));
    await waitFor(() => expect(sent).toHaveLength(1));
  });

  it('signs out, deleting local data only when the box is ticked', async () => {
    const sent = answerMessages();
    await enqueue(db, { type: 'read.create', payload: { id: '01890000-0000-7000-8000-0000000000b1', documentId: DOC_ID } }, { unitId: 'u' });
    render(<Settings db={db} enrollment={CLERK} />);
    const box = (await screen.findByTestId('settings-forget-data')) as HTMLInputElement;
    await waitFor(() => expect(box.parentElement!.textContent).toContain('1 changes not sent'));
    fireEvent.click(screen.getByTestId('settings-signout'));
    await waitFor(() => expect(sent).toHaveLength(1));
    await settle();
    fireEvent.click(box);
    fireEvent.click(screen.getByTestId('settings-signout'));
    await waitFor(() => expect(sent).toEqual([{ type: 'signOut', forgetData: false }, { type: 'signOut', forgetData: true }]));
  });

  it('saves the portal list as site patterns and asks for each as a host permission', async () => {
    const asked = vi.spyOn(fakeBrowser.permissions, 'request').mockImplementation((() => new Promise(() => undefined)) as never);
    render(<Settings db={db} enrollment={CLERK} />);
    const box = screen.getByTestId('settings-portals');
    fireEvent.input(box, { target: { value: 'not a url' } });
    fireEvent.click(screen.getByTestId('settings-portals-save'));
    await waitFor(() => expect(screen.getByTestId('settings-portals-note').textContent).toContain('not a url'));
    expect(asked).not.toHaveBeenCalled();

    fireEvent.input(box, { target: { value: 'https://oa.example.gov.cn/portal/list.html\n\nhttp://portal.county.test:8080/' } });
    fireEvent.click(screen.getByTestId('settings-portals-save'));
    const patterns = ['https://oa.example.gov.cn/*', 'http://portal.county.test/*'];
    expect(asked).toHaveBeenCalledWith({ origins: patterns });
    await waitFor(async () => expect((await fakeBrowser.storage.local.get('portals')).portals).toEqual(patterns));
  });
});
