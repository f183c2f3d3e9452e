import { z } from 'zod';
import { getMeta, setMeta, type CirculateDb } from '../db';
import { errorMessage, requestJson, type Connection } from './http';

/**
 * A clerk's choice of unit for a name the directory did not know ("县林业局" → forestry) becomes
 * a new alias on the service, so the next document with that name maps by itself. Kept in `meta`
 * until the service has answered, so a choice made offline is not lost.
 */
export const PENDING_ALIASES = 'aliases.pending';
const Pending = z.array(z.object({ unitId: z.string().min(1), alias: z.string().min(1).max(200) }));
export type PendingAlias = z.infer<typeof Pending>[number];

export async function pendingAliases(db: CirculateDb): Promise<PendingAlias[]> {
  const parsed = Pending.safeParse(await getMeta(db, PENDING_ALIASES));
  return parsed.success ? parsed.data : [];
}

export async function rememberAliases(db: CirculateDb, choices: PendingAlias[]): Promise<void> {
  if (choices.length === 0) return;
  await db.transaction('rw', db.meta, async () => {
    const list = await pendingAliases(db);
    for (const c of choices) {
      if (!list.some((p) => p.unitId === c.unitId && p.alias === c.alias)) list.push(c);
    }
    await setMeta(db, PENDING_ALIASES, list);
  });
}

/**
 * Sends the remembered choices. An alias the service refuses (it names another unit, the unit is
 * gone, this role may not add aliases) is dropped with its reason returned; network trouble throws
 * and keeps the rest for the next sync.
 */
export async function flushAliases(db: CirculateDb, conn: Connection): Promise<{ sent: number; refused: string[] }> {
  const refused: string[] = [];
  let sent = 0;
  for (const p of await pendingAliases(db)) {
    const reply = await requestJson(conn, `/api/units/${encodeURIComponent(p.unitId)}/aliases`, {
      method: 'POST',
      body: { alias: p.alias },
    });
    if (reply.status === 200 || reply.status === 201) sent += 1;
    else refused.push(`${p.alias}: ${errorMessage(reply.body, `service answered ${reply.status}`)}`);
    await db.transaction('rw', db.meta, async () => {
      const rest = (await pendingAliases(db)).filter((q) => !(q.unitId === p.unitId && q.alias === p.alias));
      await setMeta(db, PENDING_ALIASES, rest);
    });
  }
  return { sent, refused };
}
