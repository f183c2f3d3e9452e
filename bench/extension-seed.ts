/**
 * Fills a running service with documents circulated to one unit, through the service's own HTTP
 * push as a clerk's device sends them (so it keeps working whatever the storage's tables are).
 * Document i is circulated after document i-1, and its id sorts after it: the Inbox lists the
 * highest number first.
 */

/** The id of seeded document i (UUID form; ids grow with i, as UUIDv7 ids do). */
export function seededId(i: number, kind: 'doc' | 'circ' | 'mut' = 'doc'): string {
  const tag = { doc: '8000', circ: '8001', mut: '8002' }[kind];
  return `01900000-0000-7000-${tag}-${String(i).padStart(12, '0')}`;
}

export function seededTitle(i: number): string {
  return `Scale test minutes No. ${i}`;
}

function draft(i: number) {
  const title = seededTitle(i);
  return {
    isMinutes: true,
    lang: 'en',
    title,
    docNumber: `No. ${i}`,
    issuer: "County People's Congress Office",
    meetingDate: '2024-05-26',
    presider: 'Chair',
    attendees: ['Member A', 'Member B'],
    views: [],
    requirements: [],
    decisions: [
      { text: `The meeting decided that item ${i} be handled by the County Forestry Bureau before the end of June.`, assignees: ['County Forestry Bureau'], due: 'before the end of June' },
      { text: `The meeting required every unit to report on item ${i} by the end of the year.`, assignees: [], due: 'by the end of the year' },
    ],
    recipients: [{ name: 'County Forestry Bureau', role: 'copy' }],
    confidence: 0.9,
    fields: {},
    warnings: [],
    text: '',
  };
}

/**
 * Pushes documents 0..count-1 and their circulations to `unitId`, `perBatch` documents (two
 * mutations each) per request. Throws on anything but `applied`/`duplicate`.
 */
export async function seedCirculated(url: string, clerkToken: string, unitId: string, count: number, perBatch = 200): Promise<void> {
  for (let from = 0; from < count; from += perBatch) {
    const mutations: unknown[] = [];
    for (let i = from; i < Math.min(count, from + perBatch); i++) {
      const at = new Date(Date.UTC(2025, 0, 1) + i * 1000).toISOString();
      const id = seededId(i);
      const d = draft(i);
      mutations.push(
        { id: seededId(2 * i, 'mut'), type: 'document.put', at, payload: { id, contentHash: `seed-${String(i).padStart(10, '0')}`, url: `https://oa.example/minutes/${i}`, title: d.title, meetingDate: d.meetingDate, draft: d } },
        { id: seededId(2 * i + 1, 'mut'), type: 'circulation.create', at, payload: { id: seededId(i, 'circ'), documentId: id, unitId, kind: 'read' } },
      );
    }
    const res = await fetch(`${url}/sync/push`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${clerkToken}` },
      body: JSON.stringify({ mutations }),
    });
    if (!res.ok) throw new Error(`seed push: ${res.status} ${await res.text()}`);
    const { results } = (await res.json()) as { results: { status: string; reason?: string }[] };
    const bad = results.find((r) => r.status === 'rejected');
    if (bad) throw new Error(`seed push refused: ${bad.reason}`);
  }
}
