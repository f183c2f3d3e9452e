// @vitest-environment jsdom
import 'fake-indexeddb/auto';
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { CirculateDb } from '../../extension/db';
import { App } from '../../extension/ui/App';
import { answerMessages, CLERK, installEnglish, setProfile, settle } from './ui-helpers';

let db: CirculateDb;
let n = 0;
beforeEach(async () => {
  fakeBrowser.reset();
  installEnglish();
  db = new CirculateDb(`t-app-${n++}`);
  await db.open();
});
afterEach(async () => {
  cleanup();
  await settle();
  await db.delete();
});

describe('side panel', () => {
  it('switches between the four views by their tabs', async () => {
    await setProfile(db, CLERK);
    render(<App db={db} />);
    expect(await screen.findByTestId('capture-empty')).toBeTruthy();
    fireEvent.click(screen.getByTestId('tab-inbox'));
    expect(await screen.findByTestId('inbox-empty')).toBeTruthy();
    fireEvent.click(screen.getByTestId('tab-tasks'));
    expect(await screen.findByTestId('tasks-empty')).toBeTruthy();
    fireEvent.click(screen.getByTestId('tab-settings'));
    expect((await screen.findByTestId('settings-whoami')).textContent).toContain('u-office');
    expect(screen.getByTestId('tab-settings').getAttribute('aria-selected')).toBe('true');
  });

  it('a tab chosen while the Inbox is still reading its first page wins', async () => {
    await setProfile(db, CLERK);
    render(<App db={db} />);
    await screen.findByTestId('capture-empty');
    // The switch to the Inbox waits for its page; the next click comes before that page is read.
    fireEvent.click(screen.getByTestId('tab-inbox'));
    fireEvent.click(screen.getByTestId('tab-tasks'));
    expect(await screen.findByTestId('tasks-empty')).toBeTruthy();
    await settle();
    expect(screen.getByTestId('tab-tasks').getAttribute('aria-selected')).toBe('true');
    expect(screen.queryByTestId('inbox-empty')).toBeNull();
  });

  it('asks for a sync when the browser comes back online', async () => {
    const sent = answerMessages();
    render(<App db={db} />);
    await screen.findByTestId('capture-empty');
    dispatchEvent(new Event('online'));
    await waitFor(() => expect(sent).toContainEqual({ type: 'sync' }));
  });

  it('switches the UI language from Settings', async () => {
    await setProfile(db, CLERK);
    render(<App db={db} />);
    fireEvent.click(await screen.findByTestId('tab-settings'));
    expect(screen.getByTestId('tab-inbox').textContent).toBe('Inbox');
    fireEvent.change(screen.getByTestId('settings-language'), { target: { value: 'zh_CN' } });
    await waitFor(() => expect(screen.getByTestId('tab-inbox').textContent).toBe('收文'));
    expect((await fakeBrowser.storage.local.get('ui.language'))['ui.language']).toBe('zh_CN');
    fireEvent.change(screen.getByTestId('settings-language'), { target: { value: 'auto' } });
    await waitFor(() => expect(screen.getByTestId('tab-inbox').textContent).toBe('Inbox'));
  });

  it('follows the stored profile: a refused token asks to enroll again everywhere', async () => {
    await setProfile(db, CLERK);
    render(<App db={db} />);
    await screen.findByTestId('capture-empty');
    expect(screen.queryByTestId('enroll-again')).toBeNull();
    await setProfile(db, { ...CLERK, state: 'expired' });
    fireEvent.click(await screen.findByTestId('enroll-again').then((p) => p.querySelector('button')!));
    await waitFor(() => expect(screen.getByTestId('settings-expired')).toBeTruthy());
  });
});
