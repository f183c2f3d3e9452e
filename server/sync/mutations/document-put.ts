import { getDocument, nextVersion, saveVersion } from '../../storage/documents';
import { canEditDocument, canSaveDocuments } from '../guards';
import { applied, auditOf, rejected, type ApplyContext, type Outcome } from '../outcome';

/** Creates or updates a captured document; a new content hash makes a new version. */
export async function applyDocumentPut(ctx: ApplyContext<'document.put'>): Promise<Outcome> {
  const { tx, who } = ctx;
  const p = ctx.mutation.payload;
  const refused = canSaveDocuments(who);
  if (refused) return rejected(refused);
  const old = await getDocument(tx.db, p.id);
  const notYours = canEditDocument(who, old);
  if (notYours) return rejected(notYours);
  if (old && old.content_hash === p.contentHash) return applied(); // same content: nothing new to store
  const { row, record } = nextVersion(tx, old, { ...p, meetingDate: p.meetingDate ?? null }, who);
  const size = Buffer.byteLength(JSON.stringify(record), 'utf8');
  const limit = ctx.limits.maxDocumentBytes;
  if (size > limit) {
    return rejected(`the document is too large: ${size} bytes of JSON, over the limit of ${limit} bytes (MAX_DOCUMENT_BYTES)`);
  }
  await saveVersion(tx, row, record);
  await tx.audit(auditOf(ctx, 'document', p.id));
  return applied();
}
