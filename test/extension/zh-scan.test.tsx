// @vitest-environment jsdom
// Every view, in each of its states, rendered with the UI in Chinese: no English word may show,
// in the text or in what assistive technology reads (aria-label, placeholder, title, alt).
import 'fake-indexeddb/auto';
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { CirculateDb, unitKeys, type TaskRow, type UnitRow } from '../../extension/db';
import { NOT_ENROLLED, saveEnrollment, type Enrollment } from '../../extension/enrollment';
import { WRITE_TABLES } from '../../extension/sync';
import { applyChanges } from '../../extension/sync/remote-apply';
import { App } from '../../extension/ui/App';
import { Capture } from '../../extension/ui/capture/CaptureView';
import { LANGUAGE_KEY, setLanguage } from '../../extension/ui/i18n';
import { Inbox } from '../../extension/ui/Inbox';
import { Tasks } from '../../extension/ui/Tasks';
import type { Change, MinutesDraft } from '../../shared/schemas';
import { circulationChange, DOC_ID, DOC_ID_2, documentChange, draft } from './fixtures';
import { answerMessages, CLERK, settle } from './ui-helpers';

/** Words that are names, not English: the product and the portal kind. */
const PROPER_NOUNS = new Set(['Circulate', 'OA']);

/** The English words a rendered tree shows or reads out, URLs left aside. */
function englishWords(root: HTMLElement): string[] {
  const said: string[] = [root.textContent ?? ''];
  for (const el of root.querySelectorAll('*')) {
    for (const attr of ['aria-label', 'placeholder', 'title', 'alt']) {
      const v = el.getAttribute(attr);
      if (v) said.push(v);
    }
  }
  const words = said.join(' ').replace(/https?:\/\/\S+/g, ' ').match(/[A-Za-z]{2,}/g) ?? [];
  return [...new Set(words.filter((w) => !PROPER_NOUNS.has(w)))];
}

const expectChinese = (root: HTMLElement = document.body) => expect(englishWords(root)).toEqual([]);

let db: CirculateDb;
let n = 0;
const unit = (id: string, name: string, aliases: string[] = []): UnitRow => ({ id, name, aliases, keys: unitKeys({ name, aliases }) });
const RECIPIENT: Enrollment = { server: 'https://svc.test', deviceName: '办公室', user: { id: 'user-2', role: 'recipient', unitId: 'u-fin' }, state: 'enrolled' };

beforeEach(async () => {
  fakeBrowser.reset();
  setLanguage('zh_CN');
  answerMessages();
  db = new CirculateDb(`t-zh-${n++}`);
  await db.open();
  await db.units.bulkPut([unit('u-fgw', '区发展和改革委员会', ['区发改委']), unit('u-fin', '区财政局'), unit('u-edu', '区教育局')]);
});
afterEach(async () => {
  cleanup();
  await settle();
  await db.delete();
  setLanguage('auto');
});

const capture = (over: Partial<MinutesDraft> = {}, extra: object = {}) =>
  db.captures.put({ id: `c-${Math.random()}`, capturedAt: new Date().toISOString(), url: 'https://oa.example/m/1', pageTitle: 'OA', draft: draft(over), ...extra });

/** Every reason and warning the extractor gives (shared/extract), as it gives them. */
const REASONS = [
  'a list of 12 minutes, not one document',
  'a model text from a writing guide (范文), not one meeting’s minutes',
  'an official notice or letter addressed to other bodies, not minutes',
  'a news report about a meeting, not its minutes',
  'an agenda without outcomes, not minutes',
  'a page of agendas and minutes, not one record',
  'no marks of minutes (no minutes title, decisions, attendance or presider)',
  'too few marks of minutes to be sure',
  'the page holds no text',
  'the page holds no readable content',
  'extraction failed: TypeError: x is undefined',
  'the extracted record did not validate: Too big',
  'not minutes',
];
const WARNINGS = [
  'no content block found; the whole page was read',
  'content read from an embedded frame',
  'no title line found',
  'no meeting date found',
  'the meeting date has no year',
  'no decisions found',
  'no decisions section: the numbered items that assign work were taken as decisions',
  'no decisions section: sentences recording an outcome were taken as decisions',
  'no decision names who is to act on it',
  '2 of 5 decisions name no one to act on them',
  'no presider or attendance list found',
  'the deadline "汛期前" could not be turned into a date',
  'no distribution list (报/送/抄送) found',
];

describe('the UI in Chinese has no English word', () => {
  it('the panel before enrollment, with nothing captured', async () => {
    await saveEnrollment(db, NOT_ENROLLED);
    await fakeBrowser.storage.local.set({ [LANGUAGE_KEY]: 'zh_CN' });
    render(<App db={db} />);
    // A device not enrolled opens on Settings, which says what to do.
    // (Settings itself names the language "English" and the site profiles' ids; the rest is scanned.)
    expect(englishWords(await screen.findByTestId('settings-first-run'))).toEqual([]);
    for (const tab of ['capture', 'inbox', 'tasks'] as const) {
      fireEvent.click(screen.getByTestId(`tab-${tab}`));
      await settle();
      expectChinese();
    }
  });

  it.each(REASONS)('a page that is not minutes: %s', async (reason) => {
    await capture({ isMinutes: false, reason });
    render(<Capture db={db} enrollment={CLERK} />);
    await screen.findByTestId('capture-not-minutes');
    expectChinese(screen.getByTestId('capture-not-minutes'));
    expectChinese(screen.getByTestId('capture-enter-manually'));
  });

  it('manual entry with every warning, then every field refused', async () => {
    await capture({ isMinutes: false, reason: 'no marks of minutes (no minutes title, decisions, attendance or presider)', title: null, meetingDate: null, warnings: WARNINGS });
    render(<Capture db={db} enrollment={CLERK} />);
    fireEvent.click(await screen.findByTestId('capture-enter-manually'));
    await screen.findByTestId('capture-manual');
    expect(screen.getAllByTestId('capture-warning').length).toBeGreaterThan(WARNINGS.length);
    expectChinese(screen.getByTestId('capture-manual'));
    fireEvent.input(screen.getByTestId('capture-date'), { target: { value: '2025-02-30' } });
    fireEvent.click(screen.getByTestId('capture-add-decision'));
    fireEvent.click(screen.getByTestId('capture-save'));
    await waitFor(() => expect(screen.getByTestId('capture-status').dataset.status).toBe('error'));
    expect(screen.getByTestId('capture-date-error')).toBeTruthy();
    expect(screen.getByTestId('capture-title-error')).toBeTruthy();
    // The form's own text: labels, errors, buttons; field values are the clerk's and the page's.
    expectChinese();
  });

  it('the review form: fields to check, deadlines, notes, and each outcome of Save and Circulate', async () => {
    const fields = { title: { confidence: 0.5 }, meetingDate: { confidence: 0.5 }, recipients: { confidence: 0.5 } };
    await capture({ fields, warnings: WARNINGS.slice(0, 3), decisions: [...draft().decisions, { text: '做好汛期准备', assignees: [], due: '汛期前' }] });
    render(<Capture db={db} enrollment={CLERK} />);
    await screen.findByTestId('capture-check');
    expect(screen.getByTestId('capture-due-resolved')).toBeTruthy();
    expect(screen.getByTestId('capture-due-unresolved')).toBeTruthy();
    expectChinese();
    fireEvent.click(screen.getByTestId('capture-save'));
    await waitFor(() => expect(screen.getByTestId('capture-status').dataset.status).toBe('saved'));
    expectChinese();
    fireEvent.click(screen.getByTestId('capture-circulate'));
    // Circulate first names whom it will reach and asks; that question is in Chinese too.
    const confirm = await screen.findByTestId('capture-confirm');
    expectChinese();
    fireEvent.click(within(confirm).getByTestId('capture-confirm-go'));
    await waitFor(() => expect(screen.getByTestId('capture-status').dataset.status).toBe('circulated'));
    expectChinese();
  });

  it('a save refused for want of enrollment, and a capture with no units to send to', async () => {
    await capture({ decisions: [], recipients: [] });
    const view = render(<Capture db={db} enrollment={null} />);
    fireEvent.click(await screen.findByTestId('capture-save'));
    await waitFor(() => expect(screen.getByTestId('capture-status').dataset.status).toBe('error'));
    expectChinese();
    view.unmount();
    render(<Capture db={db} enrollment={CLERK} />);
    fireEvent.click(await screen.findByTestId('capture-circulate'));
    await waitFor(() => expect(screen.getByTestId('capture-status').dataset.status).toBe('error'));
    expectChinese();
  });

  it('a page captured again after the clerk corrected it', async () => {
    await capture();
    const first = render(<Capture db={db} enrollment={CLERK} />);
    fireEvent.input(await screen.findByTestId('capture-title'), { target: { value: '更正后的标题' } });
    fireEvent.click(screen.getByTestId('capture-save'));
    await waitFor(() => expect(screen.getByTestId('capture-status').dataset.status).toBe('saved'));
    first.unmount();
    await capture({ title: '区政府常务会议纪要（修订）', decisions: [] });
    render(<Capture db={db} enrollment={CLERK} />);
    await screen.findByTestId('capture-title');
    await settle();
    expectChinese();
  });

  it('the Inbox: unread, opened, acknowledged, refused', async () => {
    const pulled = (changes: Change[]) => db.transaction('rw', [...WRITE_TABLES, 'units'], async () => applyChanges(db, changes, new Set()));
    await pulled([documentChange(1, DOC_ID, '旧纪要'), documentChange(2, DOC_ID_2, '新纪要'), circulationChange(3, 'c1', DOC_ID, 'u-fin'), circulationChange(4, 'c2', DOC_ID_2, 'u-fin')]);
    render(<Inbox db={db} enrollment={RECIPIENT} />);
    await waitFor(() => expect(screen.getAllByTestId('inbox-item')).toHaveLength(2));
    expectChinese();
    const item = screen.getAllByTestId('inbox-item')[0];
    fireEvent.click(within(item).getByTestId('inbox-title'));
    fireEvent.click(within(item).getByTestId('inbox-ack'));
    await waitFor(() => expect(within(screen.getAllByTestId('inbox-item')[0]).queryByTestId('inbox-acked')).toBeTruthy());
    expectChinese();
  });

  it('Tasks: due, overdue, reported', async () => {
    const task = (id: string, over: Partial<TaskRow>): TaskRow => ({
      id,
      documentId: DOC_ID,
      decisionIndex: 0,
      text: `任务 ${id.slice(-2)}`,
      leadUnitId: 'u-fin',
      coUnitIds: [],
      due: null,
      dueDate: null,
      createdAt: '2024-05-01T00:00:00Z',
      ...over,
    });
    await db.tasks.bulkPut([
      task('01890000-0000-7000-8000-0000000000e1', { dueDate: '2020-06-30' }),
      task('01890000-0000-7000-8000-0000000000e2', { due: '6月底前', dueDate: '2099-06-30' }),
      task('01890000-0000-7000-8000-0000000000e3', {}),
    ]);
    await db.taskUpdates.put({ id: 'x1', taskId: '01890000-0000-7000-8000-0000000000e3', kind: 'progress', note: '已开展', unitId: 'u-fin', userName: '张三', at: '2024-01-01', seq: 1 });
    render(<Tasks db={db} enrollment={RECIPIENT} />);
    await waitFor(() => expect(screen.getAllByTestId('task-item')).toHaveLength(3));
    expectChinese();
  });
});

describe('the scan itself', () => {
  it('finds English words, in text and in labels, and leaves URLs and proper nouns', () => {
    const root = document.createElement('div');
    root.innerHTML = '<p>已保存 https://oa.example/minutes Circulate OA</p><button aria-label="Remove">删除</button><span>saved</span>';
    expect(englishWords(root).sort()).toEqual(['Remove', 'saved']);
  });
});
