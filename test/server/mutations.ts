import { randomUUID } from 'node:crypto';
import { draft } from '../storage/helpers';

// Plain JSON mutations as a client sends them.

const m = (type: string, payload: Record<string, unknown>, id: string = randomUUID()) => ({ id, type, at: new Date().toISOString(), payload });

export const docPut = (id: string, contentHash = 'hash-0001', title = 'Minutes') =>
  m('document.put', { id, contentHash, url: 'https://oa.example/doc', title, draft: draft(title) });
export const circulate = (documentId: string, unitId: string, kind = 'read') => m('circulation.create', { id: randomUUID(), documentId, unitId, kind });
export const ack = (documentId: string, extra: Record<string, unknown> = {}) => m('ack.create', { id: randomUUID(), documentId, ...extra });
export const read = (documentId: string) => m('read.create', { id: randomUUID(), documentId });
export const taskCreate = (documentId: string, leadUnitId: string, coUnitIds: string[] = [], id: string = randomUUID()) =>
  m('task.create', { id, documentId, decisionIndex: 0, text: 'Carry out the decision', leadUnitId, coUnitIds, dueDate: '2026-12-31' });
export const taskUpdate = (taskId: string, kind: string, note = '') => m('task.update', { id: randomUUID(), taskId, kind, note });
export const reminder = (unitId: string, documentId: string | null = null) => m('reminder.create', { id: randomUUID(), unitId, documentId, message: 'Please reply' });
