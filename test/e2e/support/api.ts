import { randomUUID } from 'node:crypto';

/** A device enrolled over plain HTTP, to look at what the service recorded. */
export async function enrollDevice(url: string, code: string, deviceName = 'e2e checker') {
  const res = await fetch(`${url}/api/enroll`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ code, deviceName }),
  });
  if (res.status !== 201) throw new Error(`enroll: ${res.status} ${await res.text()}`);
  return (await res.json()) as { token: string; user: { id: string; role: string; unitId: string } };
}

export type Change = { seq: number; entity: string; data: Record<string, unknown> };

/** Every change the token may see, following the cursor to the end. */
export async function pullAll(url: string, token: string): Promise<Change[]> {
  const all: Change[] = [];
  let since = 0;
  for (;;) {
    const res = await fetch(`${url}/sync/pull?since=${since}&limit=100`, { headers: { authorization: `Bearer ${token}` } });
    if (!res.ok) throw new Error(`pull: ${res.status} ${await res.text()}`);
    const body = (await res.json()) as { changes: Change[]; cursor: number; more: boolean };
    all.push(...body.changes);
    since = body.cursor;
    if (!body.more) return all;
  }
}

export async function push(url: string, token: string, mutations: unknown[]) {
  const res = await fetch(`${url}/sync/push`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
    body: JSON.stringify({ mutations }),
  });
  if (!res.ok) throw new Error(`push: ${res.status} ${await res.text()}`);
  return (await res.json()) as { results: { id: string; status: string; reason?: string }[] };
}

export const ackMutation = (documentId: string, id = randomUUID()) => ({
  id,
  type: 'ack.create',
  at: new Date().toISOString(),
  payload: { id: randomUUID(), documentId },
});
