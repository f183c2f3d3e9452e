// @vitest-environment jsdom
import 'fake-indexeddb/auto';
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { CirculateDb, unitKeys, type UnitRow } from '../../extension/db';
import type { Mutation } from '../../shared/schemas';
import { Capture } from '../../extension/ui/capture/CaptureView';
import { answerMessages, settle, CLERK, installEnglish } from './ui-helpers';
import { draft } from './fixtures';
import en from '../../extension/public/_locales/en/messages.json';

let db: CirculateDb;
let n = 0;
const unit = (id: string, name: string, aliases: string[] = []): UnitRow => ({ id, name, aliases, keys: unitKeys({ name, aliases }) });

beforeEach(async () => {
  fakeBrowser.reset();
  installEnglish();
  db = new CirculateDb(`t-capture-${n++}`);
  await db.open();
  await db.units.bulkPut([unit('u-fgw', '区发展和改革委员会', ['区发改委']), unit('u-fin', '区财政局'), unit('u-edu', '区教育局')]);
});
afterEach(async () => {
  cleanup();
  await settle();
  await db.delete();
});

async function capture(over: Parameters<typeof draft>[0] = {}, url = 'https://oa.example/minutes/3') {
  await db.captures.put({ id: `c-${Math.random()}`, capturedAt: new Date().toISOString(), url, pageTitle: 'OA', draft: draft(over) });
}

describe('Capture view', () => {
  it('says when nothing has been captured', async () => {
    render(<Capture db={db} enrollment={CLERK} />);
    expect(await screen.findByTestId('capture-empty')).toBeTruthy();
  });

  it('shows the form even when what was saved from the page before cannot be read', async () => {
    await capture({ title: '区政府常务会议纪要' });
    const failing = vi.spyOn(db.drafts, 'get').mockRejectedValue(new Error('the database is closing'));
    const quiet = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    render(<Capture db={db} enrollment={CLERK} />);
    expect(((await screen.findByTestId('capture-title')) as HTMLInputElement).value).toBe('区政府常务会议纪要');
    expect(failing).toHaveBeenCalled();
    failing.mockRestore();
    quiet.mockRestore();
  });

  it('shows why a page is not minutes and offers no Save', async () => {
    await capture({ isMinutes: false, reason: 'a news report about a meeting, not its minutes' });
    render(<Capture db={db} enrollment={CLERK} />);
    expect((await screen.findByTestId('capture-not-minutes')).textContent).toContain(en.noteNews.message);
    expect(screen.queryByTestId('capture-save')).toBeNull();
  });

  it('renders page text as text, never as HTML', async () => {
    await capture({ title: '<img src=x onerror=alert(1)>纪要' });
    const { container } = render(<Capture db={db} enrollment={CLERK} />);
    const title = (await screen.findByTestId('capture-title')) as HTMLInputElement;
    expect(title.value).toBe('<img src=x onerror=alert(1)>纪要');
    expect(container.querySelector('img')).toBeNull();
  });

  it('highlights where fields came from in the page text, as text', async () => {
    const text = '<b>标题</b>\n区政府常务会议纪要\n会议议定：由区发改委牵头制定方案';
    const start = text.indexOf('区政府常务会议纪要');
    await capture({
      text,
      fields: { title: { confidence: 0.9, span: { start, end: start + 9, quote: '区政府常务会议纪要', prefix: '', suffix: '' } } },
    });
    const { container } = render(<Capture db={db} enrollment={CLERK} />);
    const source = await screen.findByTestId('capture-source');
    const mark = source.querySelector('mark[data-field="title"]');
    expect(mark?.textContent).toBe('区政府常务会议纪要');
    expect(source.textContent).toContain('<b>标题</b>');
    expect(container.querySelector('b')).toBeNull();
    fireEvent.focus(screen.getByTestId('capture-title'));
    await waitFor(() => expect(source.querySelector('mark.active')?.getAttribute('data-field')).toBe('title'));
  });

  it('asks the background to show on the captured tab where the hovered field came from', async () => {
    const sent = answerMessages();
    const span = { start: 0, end: 9, quote: '区政府常务会议纪要', prefix: '标题', suffix: '会议' };
    await db.captures.put({ id: 'c-tab', capturedAt: new Date().toISOString(), url: 'https://oa.example/m', pageTitle: 'OA', tabId: 12, draft: draft({ fields: { title: { confidence: 1, span } } }) });
    render(<Capture db={db} enrollment={CLERK} />);
    fireEvent.mouseEnter((await screen.findByTestId('capture-title')).closest('label')!);
    await waitFor(() => expect(sent).toContainEqual({ type: 'highlight', tabId: 12, quote: span.quote, prefix: '标题', suffix: '会议' }));
    // A field with no source clears the page's highlight.
    fireEvent.mouseEnter(screen.getByTestId('capture-presider').closest('label')!);
    await waitFor(() => expect(sent).toContainEqual({ type: 'highlight', tabId: 12, quote: '', prefix: '', suffix: '' }));
  });

  it('shows the fields and preselects units whose name or alias matches', async () => {
    await capture();
    render(<Capture db={db} enrollment={CLERK} />);
    expect(((await screen.findByTestId('capture-title')) as HTMLInputElement).value).toBe('区政府常务会议纪要');
    expect((screen.getByTestId('capture-date') as HTMLInputElement).value).toBe('2024-05-26');
    expect(screen.getAllByTestId('capture-decision')).toHaveLength(1);
    const rows = screen.getAllByTestId('capture-recipient');
    expect(rows).toHaveLength(2);
    // "区 教育局" is printed with a space; it still matches 区教育局.
    await waitFor(() => expect((within(rows[1]).getByTestId('capture-unit') as HTMLSelectElement).value).toBe('u-edu'));
    expect((within(rows[0]).getByTestId('capture-unit') as HTMLSelectElement).value).toBe('u-fin');
    expect((screen.getByTestId('capture-assignee-unit') as HTMLSelectElement).value).toBe('u-fgw');
  });

  it('saves the edited draft into Dexie and the outbox, then asks for a sync', async () => {
    const sent = answerMessages();
    await capture();
    render(<Capture db={db} enrollment={CLERK} />);
    fireEvent.input(await screen.findByTestId('capture-title'), { target: { value: '修改后的标题' } });
    fireEvent.click(screen.getByTestId('capture-save'));
    await waitFor(() => expect(screen.getByTestId('capture-status').textContent).toBe('saved'));
    const docs = await db.documents.toArray();
    expect(docs).toHaveLength(1);
    expect(docs[0]).toMatchObject({ title: '修改后的标题', url: 'https://oa.example/minutes/3', status: 'saved' });
    expect(docs[0].draft.title).toBe('修改后的标题');
    const out = await db.outbox.toArray();
    expect(out.map((o) => o.type)).toEqual(['document.put']);
    expect(out[0].payload.contentHash).toMatch(/^[0-9a-f]{64}$/);
    expect(sent).toContainEqual({ type: 'sync' });
  });

  it('refuses an invalid date instead of saving it, and marks the field itself', async () => {
    await capture();
    render(<Capture db={db} enrollment={CLERK} />);
    const field = await screen.findByTestId('capture-date');
    fireEvent.input(field, { target: { value: 'May 26' } });
    fireEvent.click(screen.getByTestId('capture-save'));
    await waitFor(() => expect(screen.getByTestId('capture-status').dataset.status).toBe('error'));
    expect(await db.documents.count()).toBe(0);
    expect(field.getAttribute('aria-invalid')).toBe('true');
    const message = screen.getByTestId('capture-date-error');
    expect(field.getAttribute('aria-describedby')).toBe(message.id);
    expect(message.textContent).toContain('2025年6月18日');
    // The bar says to look at the marked fields; it never names a field by its internal key.
    expect(screen.getByTestId('capture-status').textContent).not.toContain('meetingDate');
  });

  it('takes a date as people write it and saves it as a calendar day', async () => {
    await capture();
    render(<Capture db={db} enrollment={CLERK} />);
    fireEvent.input(await screen.findByTestId('capture-date'), { target: { value: '民國113年5月26日' } });
    expect((screen.getByTestId('capture-date-picker') as HTMLInputElement).value).toBe('2024-05-26');
    fireEvent.click(screen.getByTestId('capture-save'));
    await waitFor(() => expect(screen.getByTestId('capture-status').textContent).toBe('saved'));
    expect((await db.documents.toArray())[0].meetingDate).toBe('2024-05-26');
  });

  it('circulates: read for recipients, act for assignees, one task per assigned decision', async () => {
    answerMessages();
    await capture();
    render(<Capture db={db} enrollment={CLERK} />);
    const rows = await screen.findAllByTestId('capture-recipient');
    // The user maps the first recipient to another unit by hand, and unmaps nothing else.
    fireEvent.change(within(rows[0]).getByTestId('capture-unit'), { target: { value: 'u-fgw' } });
    fireEvent.click(screen.getByTestId('capture-save'));
    fireEvent.click(screen.getByTestId('capture-circulate'));
    // It asks first, naming the units it will reach.
    const confirm = await screen.findByTestId('capture-confirm');
    expect(within(confirm).getAllByTestId('confirm-reach').map((li) => li.dataset.unit).sort()).toEqual(['u-edu', 'u-fgw']);
    fireEvent.click(within(confirm).getByTestId('capture-confirm-go'));
    await waitFor(() => expect(screen.getByTestId('capture-status').textContent).toBe('circulated to 2 units'));

    const circs = await db.circulations.toArray();
    expect(circs.map((c) => [c.unitId, c.kind]).sort()).toEqual([
      ['u-edu', 'read'],
      ['u-fgw', 'act'],
    ]);
    const out = (await db.outbox.orderBy('id').toArray()) as unknown as Mutation[];
    // The name mapped by hand goes out as an alias, through the same outbox.
    expect(out.map((o) => o.type)).toEqual(['document.put', 'circulation.create', 'circulation.create', 'task.create', 'unit.alias']);
    const docId = (await db.documents.toArray())[0].id;
    expect(circs.every((c) => c.documentId === docId)).toBe(true);
    expect(await db.tasks.toArray()).toMatchObject([{ documentId: docId, decisionIndex: 0, leadUnitId: 'u-fgw', coUnitIds: [], due: '6月底前', dueDate: '2024-06-30' }]);

    // Circulating again sends nothing twice: with nothing new to send it uploads nothing.
    const queued = await db.outbox.count();
    fireEvent.click(screen.getByTestId('capture-circulate'));
    await waitFor(() => expect(screen.getByTestId('capture-status').textContent).toBe('every unit named already has it: nothing sent'));
    expect(screen.queryByTestId('capture-confirm')).toBeNull();
    expect(await db.outbox.count()).toBe(queued);
  });

  it('capturing the same page again updates its document', async () => {
    answerMessages();
    await capture();
    const view = render(<Capture db={db} enrollment={CLERK} />);
    fireEvent.click(await screen.findByTestId('capture-save'));
    await waitFor(() => expect(screen.getByTestId('capture-status')).toBeTruthy());
    await capture({ title: '第二次采集' });
    await waitFor(() => expect((screen.getByTestId('capture-title') as HTMLInputElement).value).toBe('第二次采集'));
    fireEvent.click(screen.getByTestId('capture-save'));
    await waitFor(() => expect(screen.getByTestId('capture-status').textContent).toBe('saved'));
    const docs = await db.documents.toArray();
    expect(docs).toHaveLength(1);
    expect(docs[0].title).toBe('第二次采集');
    expect(await db.outbox.count()).toBe(2);
    view.unmount();
  });

  it('capturing a corrected page again shows the changes and keeps the correction', async () => {
    answerMessages();
    await capture();
    const view = render(<Capture db={db} enrollment={CLERK} />);
    fireEvent.input(await screen.findByTestId('capture-docnumber'), { target: { value: '区府纪〔2024〕3号' } });
    fireEvent.click(screen.getByTestId('capture-save'));
    await waitFor(() => expect(screen.getByTestId('capture-status').textContent).toBe('saved'));
    expect(screen.queryByTestId('capture-changes')).toBeNull();

    await capture({ presider: '李四' });
    const box = await screen.findByTestId('capture-changes');
    expect(within(box).getAllByTestId('capture-change').map((li) => li.getAttribute('data-field'))).toEqual(['presider']);
    expect(within(box).getByTestId('capture-edits-kept').getAttribute('data-fields')).toBe('docNumber');
    expect((screen.getByTestId('capture-docnumber') as HTMLInputElement).value).toBe('区府纪〔2024〕3号');
    expect((screen.getByTestId('capture-presider') as HTMLInputElement).value).toBe('李四');
    view.unmount();
  });

  it('asks to enroll before saving when the device is not enrolled', async () => {
    await capture();
    render(<Capture db={db} enrollment={null} />);
    fireEvent.click(await screen.findByTestId('capture-save'));
    await waitFor(() => expect(screen.getByTestId('capture-status').textContent).toContain('enroll'));
    expect(await db.outbox.count()).toBe(0);
  });
});
