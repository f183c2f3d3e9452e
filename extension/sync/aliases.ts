import { uuidv7, type CirculateDb } from '../db';
import type { Actor } from './local-apply';
import { enqueue, type MutationInput } from './outbox';

/**
 * A clerk's choice of unit for a name the directory did not know ("县林业局" → forestry) becomes
 * a new alias on the service, so the next document with that name maps by itself. It goes through
 * the outbox like every other change: kept offline, pushed once, and a refusal (the name belongs
 * to another unit, or the directory reads it as one and only an admin may redirect it) stays in
 * the outbox with its reason for the clerk to see.
 */
export interface AliasChoice {
  unitId: string;
  alias: string;
}

export const aliasMutations = (choices: readonly AliasChoice[]): MutationInput[] =>
  choices.map((c) => ({ type: 'unit.alias', payload: { id: uuidv7(), unitId: c.unitId, alias: c.alias } }));

export async function rememberAliases(db: CirculateDb, choices: readonly AliasChoice[], actor: Actor): Promise<void> {
  if (choices.length === 0) return;
  await enqueue(db, aliasMutations(choices), actor);
}
