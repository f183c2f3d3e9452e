import type { Principal } from '../storage/users';

// The checks appliers share: who may do what. Each returns the reason for a refusal, or null.

/** The reminder schedule acts as a supervisor would, under its own name (server/tasks). */
export const SCHEDULER: Principal = { userId: 'scheduler', name: 'scheduler', role: 'supervisor', unitId: '', deviceId: null };
export const isScheduler = (who: Principal) => who === SCHEDULER;

export const isOverseer = (who: Principal) => who.role === 'supervisor' || who.role === 'admin';

/** A clerk of the document's issuing unit, or an admin. */
export const mayManageDocument = (who: Principal, doc: { owner_unit_id: string }) =>
  (who.role === 'clerk' && doc.owner_unit_id === who.unitId) || who.role === 'admin';

export const canSaveDocuments = (who: Principal) =>
  who.role === 'clerk' || who.role === 'admin' ? null : 'only a clerk or an admin can save documents';

export const canEditDocument = (who: Principal, doc: { owner_unit_id: string } | undefined) =>
  !doc || doc.owner_unit_id === who.unitId || who.role === 'admin' ? null : 'this document belongs to another unit';

export const canCirculate = (who: Principal, doc: { owner_unit_id: string }) =>
  mayManageDocument(who, doc) ? null : 'only a clerk of the issuing unit can circulate this document';

export const canCreateTask = (who: Principal, doc: { owner_unit_id: string }) =>
  mayManageDocument(who, doc) || who.role === 'supervisor'
    ? null
    : 'only a clerk of the issuing unit, a supervisor or an admin can create tasks for this document';

export const canRemind = (who: Principal) => (isOverseer(who) ? null : 'only a supervisor can send reminders');

/**
 * Closing (办结) and returning (退回) are the supervisor's review, and a return says why; progress
 * and asking to close are the task's units'.
 */
export function canUpdateTask(who: Principal, kind: string, taskUnits: string[], latest: string | null, note = ''): string | null {
  if (kind === 'close' || kind === 'return') {
    if (!isOverseer(who)) return 'only a supervisor can close or return a task';
    if (latest === 'close') return kind === 'close' ? 'the task is already closed' : 'the task is closed';
    if (kind === 'return' && note.trim() === '') return 'a return needs a reason';
    return null;
  }
  if (!taskUnits.includes(who.unitId) && who.role !== 'admin') return 'this task is not assigned to your unit';
  if (latest === 'close') return 'the task is closed';
  return null;
}

/** Of `ids`, the first that names no unit, as a reason. */
export const unknownUnit = (missing: string[]) => (missing.length ? `unknown unit "${missing[0]}"` : null);
