// Mutations as the extension sends them: plain JSON, client-made ids, the client's time.
import { randomUUID } from 'node:crypto';
import type { Mutation } from './client';

export const mutation = (type: string, payload: Record<string, unknown>, id: string = randomUUID()): Mutation => ({
  id,
  type,
  at: new Date().toISOString(),
  payload,
});

/** A small extracted draft; `extra` grows it (views, decisions, text). */
export const draft = (title: string, extra: Record<string, unknown> = {}) => ({
  isMinutes: true,
  lang: 'en',
  title,
  docNumber: null,
  issuer: null,
  meetingDate: null,
  presider: null,
  attendees: [],
  decisions: [],
  recipients: [],
  confidence: 0.9,
  ...extra,
});

export const docPut = (id: string, contentHash = `hash-${id}`, title = 'Minutes', draftExtra: Record<string, unknown> = {}) =>
  mutation('document.put', { id, contentHash, url: `https://oa.example/doc/${id}`, title, draft: draft(title, draftExtra) });
export const circulate = (documentId: string, unitId: string, kind: 'read' | 'act' = 'read', id: string = randomUUID()) =>
  mutation('circulation.create', { id, documentId, unitId, kind });
export const taskCreate = (documentId: string, leadUnitId: string, id: string = randomUUID(), coUnitIds: string[] = []) =>
  mutation('task.create', { id, documentId, decisionIndex: 0, text: 'Carry out the decision', leadUnitId, coUnitIds, dueDate: '2026-12-31' });
export const ack = (documentId: string, id: string = randomUUID()) => mutation('ack.create', { id, documentId });
export const read = (documentId: string, id: string = randomUUID()) => mutation('read.create', { id, documentId });
export const taskUpdate = (taskId: string, kind: 'progress' | 'request_close' | 'close' | 'return', note = '', id: string = randomUUID()) =>
  mutation('task.update', { id, taskId, kind, note });
export const reminder = (unitId: string, documentId: string | null = null, id: string = randomUUID()) =>
  mutation('reminder.create', { id, unitId, documentId, message: 'Please reply' });
