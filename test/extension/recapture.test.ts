import { describe, expect, it } from 'vitest';
import { formFromDraft } from '../../extension/ui/capture/model';
import { diffSaved, reapplyEdits, recordEdits, stillAnchors } from '../../extension/ui/capture/recapture';
import { draft } from './fixtures';

const TEXT = '区政府常务会议纪要\n第3期\n会议由张三主持。\n一、由区发改委牵头制定方案，6月底前完成。\n抄送：区财政局，区 教育局';
const span = (quote: string) => {
  const start = TEXT.indexOf(quote);
  return { start, end: start + quote.length, quote, prefix: TEXT.slice(Math.max(0, start - 6), start), suffix: '' };
};
const page = (text = TEXT) => draft({ text, fields: { presider: { confidence: 0.8, span: span('张三') }, title: { confidence: 0.9, span: span('区政府常务会议纪要') } } });

describe('recording and putting back the clerk corrections', () => {
  it('records only what the clerk changed, per field, decision and the recipient list', () => {
    const extracted = page();
    const form = formFromDraft(extracted);
    expect(recordEdits(extracted, form)).toEqual([]);
    form.presider = '张三（副区长）';
    form.docNumber = '区府纪〔2024〕3号';
    form.decisions[0] = { ...form.decisions[0], assignees: [{ name: '区发改委', unitId: 'u-fgw' }] };
    form.recipients = form.recipients.slice(0, 1);
    const edits = recordEdits(extracted, form);
    expect(edits.map((e) => (e.kind === 'field' ? e.field : e.kind))).toEqual(['docNumber', 'presider', 'decision', 'recipients']);
    expect(edits[1]).toMatchObject({ from: '张三', to: '张三（副区长）', quote: { quote: '张三' } });
  });

  it('puts corrections back on an unchanged page', () => {
    const extracted = page();
    const form = formFromDraft(extracted);
    form.presider = '张三（副区长）';
    form.decisions[0] = { ...form.decisions[0], due: '2024-06-28', dueDate: '2024-06-28' };
    form.recipients = [{ name: '区财政局', role: 'copy', unitId: 'u-fin' }];
    const edits = recordEdits(extracted, form);

    const again = page();
    const r = reapplyEdits(again, formFromDraft(again), edits);
    expect(r.lost).toEqual([]);
    expect(r.kept).toHaveLength(3);
    expect(r.form.presider).toBe('张三（副区长）');
    expect(r.form.decisions[0]).toMatchObject({ due: '2024-06-28', dueDate: '2024-06-28', assignees: [{ name: '区发改委' }] });
    expect(r.form.recipients).toEqual([{ name: '区财政局', role: 'copy', unitId: 'u-fin', span: undefined }]);
  });

  it('flags a correction lost where the page changed at its place, and keeps the rest', () => {
    const extracted = page();
    const form = formFromDraft(extracted);
    form.presider = '张三（副区长）';
    form.docNumber = '区府纪〔2024〕3号';
    form.decisions = [];
    const edits = recordEdits(extracted, form);

    const changedText = TEXT.replace('会议由张三主持', '会议由李四主持').replace('由区发改委牵头制定方案', '由区财政局牵头制定方案');
    const fresh = draft({
      text: changedText,
      presider: '李四',
      decisions: [{ text: '由区财政局牵头制定方案', assignees: ['区财政局'], due: null }],
      fields: { presider: { confidence: 0.8, span: { ...span('张三'), quote: '李四' } } },
    });
    const r = reapplyEdits(fresh, formFromDraft(fresh), edits);
    expect(r.form.presider).toBe('李四');
    expect(r.form.docNumber).toBe('区府纪〔2024〕3号');
    expect(r.lost.map((e) => (e.kind === 'field' ? e.field : e.kind))).toEqual(['presider', 'decision']);
    expect(r.form.decisions.map((d) => d.text)).toEqual(['由区财政局牵头制定方案']);
  });

  it('a removed decision stays removed while its text is still there', () => {
    const two = page();
    two.decisions.push({ text: '区教育局做好宣传', assignees: [], due: null });
    const form = formFromDraft(two);
    form.decisions = form.decisions.slice(0, 1);
    const r = reapplyEdits(two, formFromDraft(two), recordEdits(two, form));
    expect(r.form.decisions.map((d) => d.text)).toEqual(['由区发改委牵头制定方案']);
  });

  it('anchors a quote by its text and context, whitespace aside', () => {
    expect(stillAnchors('会议由 张三\n主持', { start: 0, end: 0, quote: '张三', prefix: '会议由', suffix: '' })).toBe(true);
    expect(stillAnchors('会议由李四主持。张三列席', { start: 0, end: 0, quote: '张三', prefix: '会议由', suffix: '' })).toBe(false);
  });
});

describe('what changed since the last save', () => {
  it('lists fields, decisions and recipients that differ', () => {
    const saved = page();
    const form = formFromDraft(saved);
    expect(diffSaved(saved, form)).toEqual([]);
    form.title = '区政府常务会议纪要（修订）';
    form.decisions[0].text = '由区财政局牵头制定方案';
    form.recipients = [...form.recipients.slice(1), { name: '区卫健委', role: 'copy' }];
    expect(diffSaved(saved, form)).toEqual([
      { kind: 'field', field: 'title', before: '区政府常务会议纪要', after: '区政府常务会议纪要（修订）' },
      { kind: 'decision', index: 0, before: '由区发改委牵头制定方案', after: '由区财政局牵头制定方案' },
      { kind: 'recipient', name: '区卫健委', change: 'added' },
      { kind: 'recipient', name: '区财政局', change: 'removed' },
    ]);
  });
});
