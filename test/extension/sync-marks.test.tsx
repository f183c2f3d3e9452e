// @vitest-environment jsdom
import 'fake-indexeddb/auto';
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { CirculateDb } from '../../extension/db';
import type { Enrollment } from '../../extension/enrollment';
import { discardEntry, outboxMark, push, WRITE_TABLES } from '../../extension/sync';
import { applyChanges } from '../../extension/sync/remote-apply';
import { App } from '../../extension/ui/App';
import { setLanguage } from '../../extension/ui/i18n';
import { Inbox } from '../../extension/ui/Inbox';
import type { Change } from '../../shared/schemas';
import { circulationChange, DOC_ID, documentChange } from './fixtures';
import { FakeService } from './fake-service';
import { answerMessages, installEnglish, setProfile, settle } from './ui-helpers';

let db: CirculateDb;
let n = 0;
const ME: Enrollment = { server: 'https://svc.test', deviceName: 'd', user: { id: 'user-2', role: 'recipient', unitId: 'u-fin' }, state: 'enrolled' };
const pulled = (changes: Change[]) => db.transaction('rw', [...WRITE_TABLES, 'units'], async () => applyChanges(db, changes, new Set()));

beforeEach(async () => {
  fakeBrowser.reset();
  installEnglish();
  db = new CirculateDb(`t-marks-${n++}`);
  await db.open();
  await pulled([documentChange(1, DOC_ID, '纪要'), circulationChange(2, 'c1', DOC_ID, 'u-fin')]);
});
afterEach(async () => {
  cleanup();
  await settle();
  setLanguage('auto');
  await db.delete();
});

describe('honest sync state', () => {
  it('an acknowledgement made offline shows 待发送 until the service has it', async () => {
    setLanguage('zh_CN');
    answerMessages(() => ({ ok: false, error: 'network' }));
    render(<Inbox db={db} enrollment={ME} />);
    fireEvent.click(await screen.findByTestId('inbox-ack'));
    const item = screen.getByTestId('inbox-item');
    await waitFor(() => expect(within(item).getByTestId('inbox-acked').textContent).toBe('已签收'));
    const mark = await within(item).findByTestId('sync-mark');
    expect([mark.dataset.state, mark.textContent]).toEqual(['pending', '待发送']);

    // Back online: the service takes it, and the mark goes.
    const svc = new FakeService();
    await push(db, { server: 'https://svc.test', token: svc.token, fetch: svc.fetch });
    await waitFor(() => expect(within(item).queryByTestId('sync-mark')).toBeNull());
    expect(within(item).getByTestId('inbox-acked')).toBeTruthy();
  });

  it('a refused acknowledgement says so with its reason in the UI language', async () => {
    setLanguage('zh_CN');
    answerMessages();
    render(<Inbox db={db} enrollment={ME} />);
    fireEvent.click(await screen.findByTestId('inbox-ack'));
    await screen.findByTestId('inbox-acked');
    const svc = new FakeService();
    svc.judge = (m) => ({ id: m.id, status: m.type === 'ack.create' ? 'rejected' : 'applied', reason: 'not circulated to your unit' });
    await push(db, { server: 'https://svc.test', token: svc.token, fetch: svc.fetch });
    const refused = await screen.findByTestId('inbox-ack-refused');
    expect(refused.textContent).toBe('被服务拒绝: 该文件未分发给本单位');
  });

  it('the mark follows the newest entry about the record; discarding takes the record back', async () => {
    answerMessages();
    render(<Inbox db={db} enrollment={ME} />);
    fireEvent.click(await screen.findByTestId('inbox-ack'));
    await screen.findByTestId('sync-mark');
    const mark = await outboxMark(db, { kind: 'ack', documentId: DOC_ID });
    expect(mark?.state).toBe('pending');
    expect(await outboxMark(db, { kind: 'task', taskId: DOC_ID })).toBeUndefined();
    await discardEntry(db, mark!.entryId);
    // Not shown as acknowledged any more: the button is back.
    expect(await screen.findByTestId('inbox-ack')).toBeTruthy();
    expect(screen.queryByTestId('sync-mark')).toBeNull();
  });
});

describe('first run', () => {
  it('a device not enrolled opens on Settings with what to do; an enrolled one on Capture', async () => {
    render(<App db={db} />);
    expect((await screen.findByTestId('settings-first-run')).textContent).toContain('not enrolled');
    expect(screen.getByTestId('tab-settings').getAttribute('aria-selected')).toBe('true');
    cleanup();
    await setProfile(db, ME);
    render(<App db={db} />);
    expect(await screen.findByTestId('capture-empty')).toBeTruthy();
  });
});
