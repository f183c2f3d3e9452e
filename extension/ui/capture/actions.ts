import { uuidv7, type CaptureRow, type CirculateDb } from '../../db';
import type { Enrollment } from '../../enrollment';
import { enqueue, rememberAliases, WRITE_TABLES, type MutationInput } from '../../sync';
import type { MinutesDraft } from '../../../shared/schemas';
import { chosenAliases, circulationTargets, contentHash, draftFromForm, taskUnits, type CaptureForm } from './model';
import { recordEdits } from './recapture';
import type { Status } from './state';

/** Who acts: only an enrolled device may save or circulate. */
export interface Actor {
  userId: string;
  unitId: string;
}

export function actorOf(enrollment: Enrollment | null): Actor | null {
  return enrollment?.state === 'enrolled' && enrollment.user ? { userId: enrollment.user.id, unitId: enrollment.user.unitId } : null;
}

/** What a save or a circulation works on: the capture, the extractor's draft, whether it is entered by hand. */
export interface CaptureContext {
  db: CirculateDb;
  capture: CaptureRow;
  extracted: MinutesDraft;
  manual: boolean;
  actor: Actor | null;
}

export type Saved = { ok: true; docId: string } | { ok: false; status: Status };

/** Saves the form as the page's document (one per URL) and records the clerk's corrections. */
export async function saveForm(ctx: CaptureContext, current: CaptureForm): Promise<Saved> {
  const { db, capture, actor } = ctx;
  if (!actor) return { ok: false, status: { kind: 'error', key: 'statusNeedsEnroll' } };
  const { draft, errors } = draftFromForm(ctx.extracted, current);
  if (!draft) return { ok: false, status: { kind: 'invalid', errors } };
  // Capturing the same page again updates its document, never makes a second one.
  const existing = await db.documents.where('url').equals(capture.url).first();
  const docId = existing?.id ?? uuidv7();
  const hash = await contentHash(draft);
  // One transaction: a document entered by hand is never shown, even briefly, as checked.
  await db.transaction('rw', [...WRITE_TABLES], async () => {
    await enqueue(
      db,
      {
        type: 'document.put',
        payload: { id: docId, contentHash: hash, url: capture.url, title: draft.title ?? '', meetingDate: draft.meetingDate, draft },
      },
      actor,
    );
    if (ctx.manual) await db.documents.update(docId, { status: 'needs-manual' });
  });
  await db.captureEdits.put({ documentId: docId, url: capture.url, edits: recordEdits(ctx.extracted, current), savedAt: new Date().toISOString() });
  return { ok: true, docId };
}

/**
 * Circulates a saved document: a copy to every unit named (once per unit, however often it is
 * circulated) and a task per decision with mapped assignees.
 */
export async function circulateDoc(ctx: CaptureContext, docId: string, current: CaptureForm): Promise<Status> {
  const { db, actor } = ctx;
  if (!actor) return { kind: 'error', key: 'statusNeedsEnroll' };
  const units = await db.units.toArray();
  const targets = circulationTargets(current, units);
  if (targets.size === 0) return { kind: 'error', key: 'statusNoUnits' };
  const already = new Set((await db.circulations.where('documentId').equals(docId).toArray()).map((c) => c.unitId));
  const haveTask = new Set((await db.tasks.where('documentId').equals(docId).toArray()).map((x) => x.decisionIndex));
  const mutations: MutationInput[] = [];
  for (const [unitId, kind] of targets) {
    if (!already.has(unitId)) mutations.push({ type: 'circulation.create', payload: { id: uuidv7(), documentId: docId, unitId, kind } });
  }
  current.decisions.forEach((d, i) => {
    const who = taskUnits(d, units);
    if (!who || haveTask.has(i)) return;
    mutations.push({
      type: 'task.create',
      payload: {
        id: uuidv7(),
        documentId: docId,
        decisionIndex: i,
        text: d.text.trim(),
        leadUnitId: who.lead,
        coUnitIds: who.co,
        due: d.due.trim() || null,
        dueDate: d.dueDate ?? null,
      },
    });
  });
  if (mutations.length) await enqueue(db, mutations, actor);
  await rememberAliases(db, chosenAliases(current, units));
  return { kind: 'circulated', count: new Set([...already, ...targets.keys()]).size };
}
