import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { extractFromText, extractFromDocument } from '../../shared/extract/index';
import { MinutesDraft } from '../../shared/schemas/minutes';

const corpus = join(import.meta.dirname, '..', 'fixtures', 'corpus');
const seed = readFileSync(join(corpus, 'seed-letters-visits-en.txt'), 'utf8');

describe('extractFromText', () => {
  it('returns a valid MinutesDraft whose spans quote the text', () => {
    const d = extractFromText(seed);
    expect(MinutesDraft.safeParse(d).success).toBe(true);
    expect(d.isMinutes).toBe(true);
    for (const [, meta] of Object.entries(d.fields)) {
      if (meta?.span) expect(d.text.slice(meta.span.start, meta.span.end)).toBe(meta.span.quote);
    }
    for (const r of d.recipients) expect(d.text.slice(r.span!.start, r.span!.end)).toBe(r.name);
    expect(d.fields.title?.span?.quote).toBe('XXX Letters and Visits Leading Group Meeting Minutes');
    // The five requirements (First … Fourth, then "Five grasps") are requirements, not decisions.
    expect(d.requirements.map((r) => r.split(' ')[0])).toEqual(['First,', 'Second,', 'Third,', 'Fourth,', 'Five']);
    expect(d.views).toHaveLength(3);
    expect(d.decisions).toHaveLength(2);
  });
  it('gives a reason, and nothing half-filled, for a page that is not minutes', () => {
    const d = extractFromText('国务院办公厅关于2019年\n部分节假日安排的通知\n国办发明电〔2018〕15号\n各省、自治区、直辖市人民政府：\n经国务院批准，现将安排通知如下。\n一、元旦：放假。');
    expect(d.isMinutes).toBe(false);
    expect(d.reason).toMatch(/通知/);
    expect(d.decisions).toEqual([]);
    expect(d.title).toBeNull();
  });
  it('computes dueDate when the meeting date has a year', () => {
    const d = extractFromText('县政府常务会议纪要\n2019年5月6日，县长张三主持召开县政府常务会议，现纪要如下：\n会议议定：\n一、由县财政局牵头，6月底前完成预算调整。\n二、县交通局要于5月20日前上报方案。\n抄送：县委办公室，县人大办公室。\nXX县人民政府办公室　　2019年5月7日印发');
    expect(d.isMinutes).toBe(true);
    expect(d.decisions.map((x) => [x.assignees, x.due, x.dueDate])).toEqual([
      [['县财政局'], '6月底前', '2019-06-30'],
      [['县交通局'], '于5月20日前', '2019-05-20'],
    ]);
    expect(d.issuer).toBe('XX县人民政府办公室');
    expect(d.recipients).toMatchObject([{ name: '县委办公室', role: 'copy' }, { name: '县人大办公室', role: 'copy' }]);
  });
  it('reads Traditional-script markers', () => {
    const d = extractFromText('縣政府常務會議紀要\n2019年5月6日，縣長張三主持召開縣政府常務會議。\n會議議定：\n一、由縣財政局負責，6月底前完成。\n抄送：縣委辦公室，縣人大辦公室。');
    expect(d.isMinutes).toBe(true);
    expect(d.title).toBe('縣政府常務會議紀要');
    expect(d.presider).toBe('張三');
    expect(d.decisions).toHaveLength(1);
    expect(d.decisions[0].assignees).toEqual(['縣財政局']);
    expect(d.recipients.map((r) => r.role)).toEqual(['copy', 'copy']);
  });
  it('reads English committee minutes with Present, Chair, Resolved and Action', () => {
    const d = extractFromText('Minutes of the Finance Committee meeting held on 3 March 2021\nPresent: Cllr A Brown (Chair), Cllr C Davis, Mrs E Frost (Clerk)\nApologies: Cllr G Hill\n1. Minutes\nRESOLVED: that the minutes of 1 February 2021 be approved.\n2. Budget\nAction: Clerk to circulate the budget by 31 March 2021.');
    expect(d.isMinutes).toBe(true);
    expect(d.meetingDate).toBe('2021-03-03');
    expect(d.presider).toBe('A Brown');
    expect(d.attendees).toEqual(['A Brown', 'C Davis', 'E Frost']);
    expect(d.decisions).toHaveLength(2);
    expect(d.decisions[1]).toMatchObject({ assignees: ['Clerk'], due: 'by 31 March 2021', dueDate: '2021-03-31' });
  });
  it('never throws, whatever it is given', () => {
    for (const x of [undefined, null, 42, {}, '', '\u0000'.repeat(10)] as unknown[]) {
      expect(() => extractFromText(x as string)).not.toThrow();
    }
    expect(extractFromText('').isMinutes).toBe(false);
  });
});

describe('extractFromDocument', () => {
  it('never throws on a broken document', () => {
    const fake = { body: null, documentElement: null, querySelectorAll: () => { throw new Error('boom'); } } as unknown as Document;
    const d = extractFromDocument(fake);
    expect(d.isMinutes).toBe(false);
    expect(d.reason).toBeTruthy();
  });
});
