// @vitest-environment jsdom
// What the clerk is asked to confirm in the Capture view: each deadline's date beside the phrase
// as printed, and the fields the extractor read with little confidence.
import 'fake-indexeddb/auto';
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { CirculateDb, unitKeys, type UnitRow } from '../../extension/db';
import type { MinutesDraft, Mutation } from '../../shared/schemas';
import { Capture } from '../../extension/ui/capture/CaptureView';
import { dueDateFromInput, dueUnresolved, fieldsToCheck, formFromDraft } from '../../extension/ui/capture/model';
import { reapplyEdits, recordEdits } from '../../extension/ui/capture/recapture';
import en from '../../extension/public/_locales/en/messages.json';
import { answerMessages, settle, CLERK, installEnglish } from './ui-helpers';
import { draft } from './fixtures';

let db: CirculateDb;
let n = 0;
const unit = (id: string, name: string, aliases: string[] = []): UnitRow => ({ id, name, aliases, keys: unitKeys({ name, aliases }) });

beforeEach(async () => {
  fakeBrowser.reset();
  installEnglish();
  db = new CirculateDb(`t-capture-review-${n++}`);
  await db.open();
  await db.units.bulkPut([unit('u-fgw', '区发展和改革委员会', ['区发改委']), unit('u-fin', '区财政局'), unit('u-edu', '区教育局')]);
});
afterEach(async () => {
  cleanup();
  await settle();
  await db.delete();
});

async function capture(over: Partial<MinutesDraft> = {}) {
  await db.captures.put({ id: `c-${Math.random()}`, capturedAt: new Date().toISOString(), url: 'https://oa.example/minutes/9', pageTitle: 'OA', draft: draft(over) });
}

const checkList = () => (screen.queryByTestId('capture-check') ? within(screen.getByTestId('capture-check')).getAllByTestId('capture-check-field').map((li) => li.dataset.field) : []);

/** Per-field metadata: the listed confidences, no spans. */
const meta = (c: Partial<Record<keyof MinutesDraft['fields'], number>>): MinutesDraft['fields'] =>
  Object.fromEntries(Object.entries(c).map(([k, v]) => [k, { confidence: v }]));

describe('deadlines show the date they stand for', () => {
  it('the phrase as printed sits beside an editable date prefilled with the resolved date', async () => {
    await capture();
    render(<Capture db={db} enrollment={CLERK} />);
    expect(((await screen.findByTestId('capture-decision-due')) as HTMLInputElement).value).toBe('6月底前');
    const date = screen.getByTestId('capture-decision-due-date') as HTMLInputElement;
    expect(date.value).toBe('2024-06-30');
    // A date picker beside the typed field holds the same day.
    const picker = screen.getByTestId('capture-decision-due-date-picker') as HTMLInputElement;
    expect(picker.type).toBe('date');
    expect(picker.value).toBe('2024-06-30');
    // The phrase shows the date it was read as, in the UI's language, for the clerk to confirm.
    const resolved = screen.getByTestId('capture-due-resolved');
    expect(resolved.dataset.date).toBe('2024-06-30');
    expect(resolved.textContent).toContain('June 30, 2024');
    expect(screen.queryByTestId('capture-due-unresolved')).toBeNull();
  });

  it('a phrase no date was found for is flagged with the message from _locales, until the clerk sets one', async () => {
    await capture({ decisions: [{ text: '由区发改委牵头制定方案', assignees: ['区发改委'], due: '汛期前' }] });
    render(<Capture db={db} enrollment={CLERK} />);
    const flag = await screen.findByTestId('capture-due-unresolved');
    expect(flag.textContent).toBe(en.dueUnresolved.message);
    expect((screen.getByTestId('capture-decision-due-date') as HTMLInputElement).value).toBe('');
    fireEvent.input(screen.getByTestId('capture-decision-due-date'), { target: { value: '2024-05-31' } });
    await waitFor(() => expect(screen.queryByTestId('capture-due-unresolved')).toBeNull());
    expect((screen.getByTestId('capture-decision-due') as HTMLInputElement).value).toBe('汛期前');
  });

  it('rewording the phrase drops the date read from the old words, and the flag asks for a new one', async () => {
    await capture();
    render(<Capture db={db} enrollment={CLERK} />);
    fireEvent.input(await screen.findByTestId('capture-decision-due'), { target: { value: '7月中旬前' } });
    await screen.findByTestId('capture-due-unresolved');
    expect((screen.getByTestId('capture-decision-due-date') as HTMLInputElement).value).toBe('');
  });

  it('the date the clerk confirms is what the saved draft and the task carry', async () => {
    answerMessages();
    await capture();
    render(<Capture db={db} enrollment={CLERK} />);
    fireEvent.input(await screen.findByTestId('capture-decision-due-date'), { target: { value: '2024-07-15' } });
    fireEvent.click(screen.getByTestId('capture-circulate'));
    fireEvent.click(await screen.findByTestId('capture-confirm-go'));
    await waitFor(() => expect(screen.getByTestId('capture-status').dataset.status).toBe('circulated'));
    const doc = (await db.documents.toArray())[0];
    expect(doc.draft.decisions[0]).toMatchObject({ due: '6月底前', dueDate: '2024-07-15' });
    expect(await db.tasks.toArray()).toMatchObject([{ due: '6月底前', dueDate: '2024-07-15' }]);
    const out = (await db.outbox.orderBy('id').toArray()) as unknown as Mutation[];
    expect(out.find((m) => m.type === 'task.create')?.payload).toMatchObject({ due: '6月底前', dueDate: '2024-07-15' });
  });

  it('a date the clerk set is kept when the page is captured again', () => {
    const d = draft();
    const form = formFromDraft(d);
    const edits = recordEdits(d, { ...form, decisions: [{ ...form.decisions[0], dueDate: '2024-07-15' }] });
    expect(edits).toMatchObject([{ kind: 'decision', to: { due: '6月底前', dueDate: '2024-07-15' } }]);
    expect(reapplyEdits(d, formFromDraft(d), edits).form.decisions[0].dueDate).toBe('2024-07-15');
  });

  it('model: a cleared date input clears the date; only a calendar day is taken, in any written form', () => {
    expect(dueDateFromInput('')).toEqual({ dueDate: undefined, dueDateText: '' });
    expect(dueDateFromInput('2024-13')).toEqual({ dueDate: undefined, dueDateText: '2024-13' });
    expect(dueDateFromInput('2024-06-30')).toEqual({ dueDate: '2024-06-30', dueDateText: '2024-06-30' });
    expect(dueDateFromInput('民國113年6月30日')).toMatchObject({ dueDate: '2024-06-30' });
    expect(dueUnresolved({ due: '  ', dueDate: undefined })).toBe(false);
    expect(dueUnresolved({ due: 'mid-June', dueDate: undefined })).toBe(true);
    expect(dueUnresolved({ due: 'mid-June', dueDate: '2024-06-15' })).toBe(false);
  });
});

describe('"check these" names exactly the low-confidence fields', () => {
  it('model: fields below 0.9, in the schema order; corrected or confirmed ones leave', () => {
    const d = draft({ fields: meta({ title: 0.95, docNumber: 0.6, issuer: 0.9, meetingDate: 0.89, presider: 0.5, attendees: 0.7, decisions: 0.8, recipients: 0.85 }) });
    const form = formFromDraft(d);
    expect(fieldsToCheck(d, form)).toEqual(['docNumber', 'meetingDate', 'presider', 'attendees', 'decisions', 'recipients']);
    const edited = {
      ...form,
      docNumber: '第4期',
      decisions: form.decisions.map((x) => ({ ...x, dueDate: '2024-07-01' })),
      recipients: form.recipients.map((r, i) => (i === 0 ? { ...r, role: 'send' as const } : r)),
    };
    expect(fieldsToCheck(d, edited, new Set(['attendees']))).toEqual(['meetingDate', 'presider']);
    // Whitespace is not a correction; choosing a directory unit is not one either.
    const same = { ...form, presider: ` ${form.presider} `, recipients: form.recipients.map((r) => ({ ...r, unitId: 'u-fin' })) };
    expect(fieldsToCheck(d, same)).toEqual(['docNumber', 'meetingDate', 'presider', 'attendees', 'decisions', 'recipients']);
    // A field with no metadata (not found) is not a low-confidence field.
    expect(fieldsToCheck(draft({ fields: {} }), form)).toEqual([]);
  });

  it('lists them with their labels from _locales and updates as the clerk corrects or confirms them', async () => {
    await capture({ fields: meta({ title: 0.95, issuer: 0.6, presider: 0.7, attendees: 0.5, recipients: 0.85 }) });
    render(<Capture db={db} enrollment={CLERK} />);
    await screen.findByTestId('capture-check');
    expect(checkList()).toEqual(['issuer', 'presider', 'attendees', 'recipients']);
    const labels = within(screen.getByTestId('capture-check'))
      .getAllByTestId('capture-check-field')
      .map((li) => li.firstChild!.textContent);
    expect(labels).toEqual([en.fieldIssuer.message, en.fieldPresider.message, en.fieldAttendees.message, en.fieldRecipients.message]);

    // Correcting the issuer takes it off; putting back what was read brings it back.
    fireEvent.input(screen.getByTestId('capture-issuer'), { target: { value: '区人民政府办公室' } });
    await waitFor(() => expect(checkList()).toEqual(['presider', 'attendees', 'recipients']));
    fireEvent.input(screen.getByTestId('capture-issuer'), { target: { value: '区政府办公室' } });
    await waitFor(() => expect(checkList()).toEqual(['issuer', 'presider', 'attendees', 'recipients']));

    // A recipient renamed corrects the distribution list.
    fireEvent.input(within(screen.getAllByTestId('capture-recipient')[1]).getByLabelText('Name as printed'), { target: { value: '区教育局' } });
    await waitFor(() => expect(checkList()).toEqual(['issuer', 'presider', 'attendees']));

    // The clerk confirms the presider and the attendance as read.
    const item = (f: string) => within(screen.getByTestId('capture-check')).getAllByTestId('capture-check-field').find((li) => li.dataset.field === f)!;
    fireEvent.click(within(item('presider')).getByTestId('capture-check-confirm'));
    fireEvent.click(within(item('attendees')).getByTestId('capture-check-confirm'));
    await waitFor(() => expect(checkList()).toEqual(['issuer']));
    fireEvent.input(screen.getByTestId('capture-issuer'), { target: { value: '区人民政府办公室' } });
    await waitFor(() => expect(screen.queryByTestId('capture-check')).toBeNull());
  });

  it('a page read as minutes from its record alone (no minutes title) is named first, until the clerk confirms it', async () => {
    await capture({ fields: meta({ isMinutes: 0.6, title: 0.95, presider: 0.7 }) });
    render(<Capture db={db} enrollment={CLERK} />);
    await screen.findByTestId('capture-check');
    expect(checkList()).toEqual(['isMinutes', 'presider']);
    const item = within(screen.getByTestId('capture-check')).getAllByTestId('capture-check-field')[0];
    expect(item.firstChild!.textContent).toBe(en.fieldIsMinutes.message);
    fireEvent.click(within(item).getByTestId('capture-check-confirm'));
    await waitFor(() => expect(checkList()).toEqual(['presider']));
  });

  it('a draft read with confidence shows no list', async () => {
    await capture({ fields: meta({ title: 0.95, issuer: 0.9, decisions: 0.92 }) });
    render(<Capture db={db} enrollment={CLERK} />);
    await screen.findByTestId('capture-title');
    expect(screen.queryByTestId('capture-check')).toBeNull();
  });

  it('the extraction notes are no longer labelled "check these"', async () => {
    await capture({ warnings: ['no distribution list found'] });
    render(<Capture db={db} enrollment={CLERK} />);
    await screen.findByTestId('capture-title');
    expect(screen.getByText(en.captureNotes.message)).toBeTruthy();
    expect(screen.queryByText(en.fieldWarnings.message)).toBeNull();
  });
});
