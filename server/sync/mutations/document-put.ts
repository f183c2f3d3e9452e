import { documentRecord } from '../../storage/records';
import { getDocument } from '../lookups';
import { applied, auditOf, rejected, type ApplyContext, type Outcome } from '../outcome';

/** Creates or updates a captured document; a new content hash makes a new version. */
export async function applyDocumentPut(ctx: ApplyContext<'document.put'>): Promise<Outcome> {
  const { tx, who } = ctx;
  const p = ctx.mutation.payload;
  if (who.role !== 'clerk' && who.role !== 'admin') return rejected('only a clerk or an admin can save documents');
  const old = await getDocument(tx, p.id);
  if (old && old.owner_unit_id !== who.unitId && who.role !== 'admin') {
    return rejected('this document belongs to another unit');
  }
  if (old && old.content_hash === p.contentHash) return applied(); // same content: nothing new to store
  const fields = {
    content_hash: p.contentHash,
    url: p.url,
    title: p.title,
    meeting_date: p.meetingDate ?? null,
    draft: JSON.stringify(p.draft),
    updated_at: tx.now,
  };
  if (old) {
    await tx.db.updateTable('documents').set({ ...fields, version: Number(old.version) + 1 }).where('id', '=', p.id).execute();
  } else {
    await tx.db
      .insertInto('documents')
      .values({ id: p.id, ...fields, version: 1, owner_unit_id: who.unitId, created_by: who.userId, created_at: tx.now })
      .execute();
  }
  const row = await tx.db.selectFrom('documents').selectAll().where('id', '=', p.id).executeTakeFirstOrThrow();
  await tx.change({ entity: 'document', entityId: p.id, documentId: p.id, data: documentRecord(row) });
  await tx.audit(auditOf(ctx, 'document', p.id));
  return applied();
}
