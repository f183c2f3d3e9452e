import type { Mutation } from '../../shared/schemas';
import type { WriteTx } from '../storage/types';
import type { Principal } from '../storage/users';
import { applyCirculationCreate } from './mutations/circulation-create';
import { applyDocumentPut } from './mutations/document-put';
import { applyAckCreate, applyReadCreate } from './mutations/receipt-create';
import { applyReminderCreate } from './mutations/reminder-create';
import { applyTaskCreate } from './mutations/task-create';
import { applyTaskUpdate } from './mutations/task-update';
import type { Outcome } from './outcome';

/** Applies one mutation by its type (one function per type, in ./mutations). */
export function applyMutation(tx: WriteTx, who: Principal, m: Mutation): Promise<Outcome> {
  switch (m.type) {
    case 'document.put':
      return applyDocumentPut({ tx, who, mutation: m });
    case 'circulation.create':
      return applyCirculationCreate({ tx, who, mutation: m });
    case 'task.create':
      return applyTaskCreate({ tx, who, mutation: m });
    case 'ack.create':
      return applyAckCreate({ tx, who, mutation: m });
    case 'read.create':
      return applyReadCreate({ tx, who, mutation: m });
    case 'task.update':
      return applyTaskUpdate({ tx, who, mutation: m });
    case 'reminder.create':
      return applyReminderCreate({ tx, who, mutation: m });
  }
}
