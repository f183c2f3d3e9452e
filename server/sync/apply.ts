import type { Mutation } from '../../shared/schemas';
import type { ReceiptBatch } from '../storage/receipts';
import type { NewAudit, WriteTx } from '../storage/types';
import type { Principal } from '../storage/users';
import { applyCirculationCreate } from './mutations/circulation-create';
import { applyDocumentPut } from './mutations/document-put';
import { applyAckCreate, applyReadCreate } from './mutations/receipt-create';
import { applyReminderCreate } from './mutations/reminder-create';
import { applyTaskCreate } from './mutations/task-create';
import { applyTaskUpdate } from './mutations/task-update';
import { applyUnitAlias } from './mutations/unit-alias';
import { applyUnitPropose } from './mutations/unit-propose';
import type { Outcome, PushLimits } from './outcome';

/** Applies one mutation by its type (one function per type, in ./mutations). */
export function applyMutation(tx: WriteTx, who: Principal, m: Mutation, limits: PushLimits, auditAs?: NewAudit, receipts?: ReceiptBatch): Promise<Outcome> {
  const base = { tx, who, limits, auditAs, receipts };
  switch (m.type) {
    case 'document.put':
      return applyDocumentPut({ ...base, mutation: m });
    case 'circulation.create':
      return applyCirculationCreate({ ...base, mutation: m });
    case 'task.create':
      return applyTaskCreate({ ...base, mutation: m });
    case 'ack.create':
      return applyAckCreate({ ...base, mutation: m });
    case 'read.create':
      return applyReadCreate({ ...base, mutation: m });
    case 'task.update':
      return applyTaskUpdate({ ...base, mutation: m });
    case 'reminder.create':
      return applyReminderCreate({ ...base, mutation: m });
    case 'unit.alias':
      return applyUnitAlias({ ...base, mutation: m });
    case 'unit.propose':
      return applyUnitPropose({ ...base, mutation: m });
  }
}
