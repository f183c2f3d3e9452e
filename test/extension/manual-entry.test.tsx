// @vitest-environment jsdom
import 'fake-indexeddb/auto';
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { CirculateDb, unitKeys, type CaptureRow, type UnitRow } from '../../extension/db';
import { Capture } from '../../extension/ui/capture/CaptureView';
import { LOW_CONFIDENCE, manualDraft, missingParts } from '../../extension/ui/capture/manual-entry';
import { answerMessages, settle, CLERK, installEnglish } from './ui-helpers';
import { draft } from './fixtures';
import en from '../../extension/public/_locales/en/messages.json';

let db: CirculateDb;
let n = 0;
const unit = (id: string, name: string, aliases: string[] = []): UnitRow => ({ id, name, aliases, keys: unitKeys({ name, aliases }) });
const URL_ = 'https://oa.example/minutes/9';

beforeEach(async () => {
  fakeBrowser.reset();
  installEnglish();
  answerMessages();
  db = new CirculateDb(`t-manual-${n++}`);
  await db.open();
  await db.units.bulkPut([unit('u-fgw', '区发展和改革委员会', ['区发改委']), unit('u-fin', '区财政局')]);
});
afterEach(async () => {
  cleanup();
  await settle();
  await db.delete();
});

async function put(row: Partial<CaptureRow>) {
  await db.captures.put({ id: `c-${Math.random()}`, capturedAt: new Date().toISOString(), url: URL_, pageTitle: 'OA', draft: null, ...row });
}
const missing = () => screen.getAllByTestId('capture-missing').map((li) => li.getAttribute('data-missing'));
const input = (id: string, value: string) => fireEvent.input(screen.getByTestId(id), { target: { value } });

describe('what needs manual entry', () => {
  it('a complete, confident extraction needs none', () => {
    expect(missingParts(draft())).toEqual([]);
  });

  it('lists a missing title, date and decisions, and low confidence', () => {
    expect(missingParts(draft({ title: ' ', meetingDate: null, decisions: [], confidence: LOW_CONFIDENCE - 0.05 }))).toEqual(['title', 'meetingDate', 'decisions', 'confidence']);
  });

  it('a failed capture becomes an empty record over the kept page text, its error a warning', () => {
    const d = manualDraft({ id: 'c', capturedAt: '', url: 'u', pageTitle: '', draft: null, text: '会议纪要正文', error: 'boom' });
    expect(d).toMatchObject({ isMinutes: true, lang: 'zh', title: null, decisions: [], text: '会议纪要正文', warnings: ['boom'] });
  });

  it('a page judged not minutes keeps what was found and its reason as a warning', () => {
    const d = manualDraft({ id: 'c', capturedAt: '', url: 'u', pageTitle: '', draft: draft({ isMinutes: false, reason: 'a notice', warnings: ['w'] }) });
    expect(d).toMatchObject({ isMinutes: true, warnings: ['a notice', 'w'] });
    expect(d.reason).toBeUndefined();
  });
});

describe('Capture view: manual entry', () => {
  it('a failed extraction keeps the page text, says what is missing, and saves as needs-manual until checked', async () => {
    await put({ text: '区政府常务会议纪要\n会议议定：由区财政局负责', error: 'the page could not be read' });
    render(<Capture db={db} enrollment={CLERK} />);
    const box = await screen.findByTestId('capture-manual');
    expect(box.textContent).toContain('Needs manual entry');
    expect(missing()).toEqual(['extraction', 'title', 'meetingDate', 'decisions', 'confidence']);
    expect(within(box).getAllByTestId('capture-warning').map((li) => li.textContent)).toEqual([en.noteFailed.message]);
    // The kept page text is there to copy from.
    expect(screen.getByTestId('capture-source').textContent).toContain('会议议定：由区财政局负责');

    input('capture-title', '区政府常务会议纪要');
    input('capture-date', '2024-05-26');
    fireEvent.click(screen.getByTestId('capture-add-decision'));
    input('capture-decision-text', '由区财政局负责');
    fireEvent.click(screen.getByTestId('capture-add-assignee'));
    fireEvent.input(within(screen.getByTestId('capture-assignee')).getByLabelText('Assigned to'), { target: { value: '区财政局' } });
    fireEvent.click(screen.getByTestId('capture-add-recipient'));
    fireEvent.input(within(screen.getByTestId('capture-recipient')).getByLabelText('Name as printed'), { target: { value: '区发改委' } });
    fireEvent.click(screen.getByTestId('capture-save'));
    await waitFor(() => expect(screen.getByTestId('capture-status').textContent).toBe('saved'));

    const [doc] = await db.documents.toArray();
    expect(doc).toMatchObject({ status: 'needs-manual', title: '区政府常务会议纪要', url: URL_ });
    expect(doc.draft).toMatchObject({ isMinutes: true, meetingDate: '2024-05-26', text: '区政府常务会议纪要\n会议议定：由区财政局负责' });
    expect(doc.draft.decisions).toMatchObject([{ text: '由区财政局负责', assignees: ['区财政局'] }]);
    expect(doc.draft.recipients).toEqual([{ name: '区发改委', role: 'copy' }]);
    expect((await db.outbox.toArray()).map((o) => o.type)).toEqual(['document.put']);

    // The badge stays until the clerk marks the document checked.
    expect((await screen.findByTestId('capture-needs-manual')).textContent).toBe('Needs manual check');
    fireEvent.click(screen.getByTestId('capture-mark-checked'));
    await waitFor(() => expect(screen.queryByTestId('capture-needs-manual')).toBeNull());
    expect((await db.documents.get(doc.id))?.status).toBe('saved');
  });

  it('an extraction that found little lists what is missing and its warnings, every field editable', async () => {
    await put({ draft: draft({ meetingDate: null, decisions: [], warnings: ['no meeting date found', 'no decisions found'] }) });
    render(<Capture db={db} enrollment={CLERK} />);
    const box = await screen.findByTestId('capture-manual');
    expect(missing()).toEqual(['meetingDate', 'decisions']);
    expect(within(box).getAllByTestId('capture-warning').map((li) => li.textContent)).toEqual([en.noteNoDate.message, en.noteNoDecisions.message]);
    for (const id of ['capture-title', 'capture-date', 'capture-docnumber', 'capture-issuer', 'capture-presider']) {
      expect((screen.getByTestId(id) as HTMLInputElement).disabled).toBe(false);
    }
    expect(screen.getByTestId('capture-add-decision')).toBeTruthy();
    expect(screen.getByTestId('capture-add-recipient')).toBeTruthy();
    fireEvent.click(screen.getByTestId('capture-save'));
    await waitFor(() => expect(screen.getByTestId('capture-status').textContent).toBe('saved'));
    expect((await db.documents.toArray())[0].status).toBe('needs-manual');
    expect(await screen.findByTestId('capture-needs-manual')).toBeTruthy();
  });

  it('low confidence alone is enough to ask for a check', async () => {
    await put({ draft: draft({ confidence: 0.5 }) });
    render(<Capture db={db} enrollment={CLERK} />);
    await screen.findByTestId('capture-manual');
    expect(missing()).toEqual(['confidence']);
  });

  it('a complete extraction shows no manual-entry state and saves as saved', async () => {
    await put({ draft: draft() });
    render(<Capture db={db} enrollment={CLERK} />);
    fireEvent.click(await screen.findByTestId('capture-save'));
    await waitFor(() => expect(screen.getByTestId('capture-status').textContent).toBe('saved'));
    expect(screen.queryByTestId('capture-manual')).toBeNull();
    expect(screen.queryByTestId('capture-needs-manual')).toBeNull();
    expect((await db.documents.toArray())[0].status).toBe('saved');
  });

  it('a page that is not minutes says so with no Save, and can be entered by hand', async () => {
    await put({ draft: draft({ isMinutes: false, reason: 'an official notice or letter addressed to other bodies, not minutes', title: null, decisions: [], recipients: [], text: '关于节假日安排的通知' }) });
    render(<Capture db={db} enrollment={CLERK} />);
    expect((await screen.findByTestId('capture-not-minutes')).textContent).toContain(en.noteNotice.message);
    expect(screen.queryByTestId('capture-save')).toBeNull();
    expect(screen.queryByTestId('capture-title')).toBeNull();

    fireEvent.click(screen.getByTestId('capture-enter-manually'));
    const box = await screen.findByTestId('capture-manual');
    expect(within(box).getAllByTestId('capture-warning')[0].textContent).toBe(en.noteNotice.message);
    expect(missing()).toEqual(['minutes', 'title', 'decisions']);
    input('capture-title', '节假日安排会议纪要');
    fireEvent.click(screen.getByTestId('capture-add-decision'));
    input('capture-decision-text', '各单位做好值班安排');
    fireEvent.click(screen.getByTestId('capture-save'));
    await waitFor(() => expect(screen.getByTestId('capture-status').textContent).toBe('saved'));
    const [doc] = await db.documents.toArray();
    expect(doc).toMatchObject({ status: 'needs-manual', title: '节假日安排会议纪要' });
    expect(doc.draft).toMatchObject({ isMinutes: true, text: '关于节假日安排的通知', decisions: [{ text: '各单位做好值班安排', assignees: [], due: null }] });
    expect(doc.draft.reason).toBeUndefined();
  });

  it('a new capture of a page that is not minutes starts without manual entry again', async () => {
    await put({ draft: draft({ isMinutes: false, reason: 'a news report about a meeting, not its minutes' }) });
    render(<Capture db={db} enrollment={CLERK} />);
    fireEvent.click(await screen.findByTestId('capture-enter-manually'));
    await screen.findByTestId('capture-manual');
    await put({ draft: draft({ isMinutes: false, reason: 'an agenda without outcomes, not minutes' }) });
    await waitFor(() => expect(screen.getByTestId('capture-not-minutes').textContent).toContain(en.noteAgenda.message));
    expect(screen.queryByTestId('capture-save')).toBeNull();
  });
});
