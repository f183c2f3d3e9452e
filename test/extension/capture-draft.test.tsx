// @vitest-environment jsdom
import 'fake-indexeddb/auto';
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { CirculateDb, unitKeys, type UnitRow } from '../../extension/db';
import { Capture } from '../../extension/ui/capture/CaptureView';
import { answerMessages, CLERK, installEnglish, settle } from './ui-helpers';
import { draft } from './fixtures';

let db: CirculateDb;
let n = 0;
const unit = (id: string, name: string, aliases: string[] = []): UnitRow => ({ id, name, aliases, keys: unitKeys({ name, aliases }) });

beforeEach(async () => {
  fakeBrowser.reset();
  installEnglish();
  answerMessages();
  db = new CirculateDb(`t-capture-draft-${n++}`);
  await db.open();
  await db.units.bulkPut([unit('u-fgw', '区发展和改革委员会', ['区发改委']), unit('u-fin', '区财政局')]);
});
afterEach(async () => {
  cleanup();
  await settle();
  await db.delete();
});

describe('the Capture draft', () => {
  it('keeps what was typed in Dexie and brings it back when the view is opened again', async () => {
    await db.captures.put({ id: 'c-1', capturedAt: new Date().toISOString(), url: 'https://oa.example/m/1', pageTitle: 'OA', draft: draft() });
    const first = render(<Capture db={db} enrollment={CLERK} />);
    fireEvent.input(await screen.findByTestId('capture-title'), { target: { value: '改过的标题' } });
    fireEvent.input(screen.getAllByTestId('capture-decision-due-date')[0], { target: { value: '2025年6月18日' } });
    await waitFor(async () => expect((await db.drafts.get('c-1'))?.form.decisions[0].dueDate).toBe('2025-06-18'));
    // Another tab, a closed panel: the view goes away with its state.
    first.unmount();

    render(<Capture db={db} enrollment={CLERK} />);
    expect(((await screen.findByTestId('capture-title')) as HTMLInputElement).value).toBe('改过的标题');
    expect((screen.getAllByTestId('capture-decision-due-date')[0] as HTMLInputElement).value).toBe('2025年6月18日');
  });

  it('circulates what the clerk sees after coming back: the typed due date reaches the task', async () => {
    await db.captures.put({ id: 'c-2', capturedAt: new Date().toISOString(), url: 'https://oa.example/m/2', pageTitle: 'OA', draft: draft() });
    const first = render(<Capture db={db} enrollment={CLERK} />);
    fireEvent.input((await screen.findAllByTestId('capture-decision-due-date'))[0], { target: { value: '2025/7/1' } });
    await waitFor(async () => expect((await db.drafts.get('c-2'))?.form.decisions[0].dueDate).toBe('2025-07-01'));
    first.unmount();

    render(<Capture db={db} enrollment={CLERK} />);
    await screen.findByTestId('capture-title');
    fireEvent.click(screen.getByTestId('capture-circulate'));
    // Circulate names whom it will reach and asks first.
    fireEvent.click(within(await screen.findByTestId('capture-confirm')).getByTestId('capture-confirm-go'));
    await waitFor(() => expect(screen.getByTestId('capture-status').dataset.status).toBe('circulated'));
    const tasks = (await db.outbox.toArray()).filter((m) => m.type === 'task.create');
    expect(tasks.length).toBeGreaterThan(0);
    expect(tasks.find((m) => m.payload.decisionIndex === 0)?.payload.dueDate).toBe('2025-07-01');
  });

  it('keeps the choice to enter by hand a page said not to be minutes', async () => {
    await db.captures.put({
      id: 'c-3',
      capturedAt: new Date().toISOString(),
      url: 'https://oa.example/m/3',
      pageTitle: 'OA',
      draft: draft({ isMinutes: false, reason: 'no minutes markers found' }),
    });
    const first = render(<Capture db={db} enrollment={CLERK} />);
    fireEvent.click(await screen.findByTestId('capture-enter-manually'));
    fireEvent.input(await screen.findByTestId('capture-title'), { target: { value: '手工录入' } });
    await waitFor(async () => expect((await db.drafts.get('c-3'))?.byHand).toBe(true));
    first.unmount();

    render(<Capture db={db} enrollment={CLERK} />);
    expect(((await screen.findByTestId('capture-title')) as HTMLInputElement).value).toBe('手工录入');
  });
});
