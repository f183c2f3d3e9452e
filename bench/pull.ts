/**
 * Pulls through the real service on SQLite:
 *  - a small pull (the last few changes of a unit) against a bare Hono route answering the same
 *    body on the same server setup: requests per second, ratio;
 *  - a full pull of 10 000 documents circulated to one unit, page by page, against reading the
 *    same records straight from the database file with better-sqlite3 (the unit's feed entries,
 *    their changes, and each document's record from its version).
 */
import Sqlite from 'better-sqlite3';
import { EVERYONE, unitFeed } from '../server/storage/feed';
import { freshDb } from './support/engines';
import { startProcess, startService } from './support/processes';
import { enrollmentCode, prepare, seedCirculated } from './support/seed';
import { enrollDevice } from './support/session';
import { median, now, report } from './support/stats';

const UNIT = 'unit-01';
const DOCS = 10_000;

/** Requests a second from `clients` loops each asking `url` over and over for `ms`. */
async function throughput(url: string, headers: Record<string, string>, clients: number, ms: number): Promise<number> {
  const end = now() + ms;
  let done = 0;
  await Promise.all(
    Array.from({ length: clients }, async () => {
      while (now() < end) {
        const res = await fetch(url, { headers });
        await res.arrayBuffer();
        if (res.status !== 200) throw new Error(`${url} answered ${res.status}`);
        done++;
      }
    }),
  );
  return (done * 1000) / ms;
}

export async function runPullBench() {
  const db = await freshDb('sqlite', 'unused', 'pull');
  try {
    const world = await prepare(db.storage);
    await seedCirculated(db.storage, world, UNIT, DOCS, db.file);
    const code = await enrollmentCode(db.storage, 'recipient', UNIT);
    // Where the unit's last three feed entries begin (feeds have gaps where other feeds were numbered).
    const lastThree = await db.storage.db.selectFrom('feed').select('seq').where('feed', '=', unitFeed(UNIT)).orderBy('seq', 'desc').limit(3).execute();
    const head = Math.min(...lastThree.map((r) => Number(r.seq))) - 1;
    await db.storage.close();
    const service = await startService(db);
    try {
      const auth = { authorization: `Bearer ${await enrollDevice(service.url, code)}` };

      // Full pull, three times; the median counts.
      const pullTimes: number[] = [];
      let seqs: number[] = [];
      for (let round = 0; round < 3; round++) {
        const t = now();
        const got: number[] = [];
        for (let since = 0, more = true; more; ) {
          const res = await fetch(`${service.url}/sync/pull?since=${since}&limit=1000`, { headers: auth });
          const page = (await res.json()) as { changes: { seq: number }[]; cursor: number; more: boolean };
          for (const c of page.changes) got.push(c.seq);
          since = page.cursor;
          more = page.more;
        }
        pullTimes.push(now() - t);
        seqs = got;
      }
      const conn = new Sqlite(db.file!, { readonly: true });
      const directTimes: number[] = [];
      try {
        for (let round = 0; round < 3; round++) {
          const t = now();
          let n = 0;
          for (let i = 0; i < seqs.length; i += 1000) {
            const part = seqs.slice(i, i + 1000);
            // The unit's feed entries by their key, each change by its key, a document's record from its version.
            const rows = conn
              .prepare(
                `select f.seq, c.entity, coalesce(v.data, c.data) as data from feed f join changes c on c.seq = f.change_seq ` +
                  `left join document_versions v on v.document_id = c.entity_id and v.version = c.version ` +
                  `where f.feed in (?, ?) and f.seq in (${part.map(() => '?').join(',')}) order by f.seq`,
              )
              .all(EVERYONE, unitFeed(UNIT), ...part) as { seq: number; data: string }[];
            const once = new Set<number>();
            for (const r of rows) if (!once.has(r.seq)) {
              once.add(r.seq);
              JSON.parse(r.data);
            }
            n += once.size;
          }
          if (n !== seqs.length) throw new Error(`read ${n} rows, pulled ${seqs.length}`);
          directTimes.push(now() - t);
        }
      } finally {
        conn.close();
      }
      report(
        'full-pull-10k/direct-read sqlite',
        median(directTimes) / median(pullTimes),
        `${seqs.length} changes of ${DOCS} documents: ${median(pullTimes).toFixed(0)} ms pulled over HTTP, ${median(directTimes).toFixed(0)} ms read directly`,
      );

      // Small pull: the unit's last three changes.
      const small = `${service.url}/sync/pull?since=${head}&limit=100`;
      const body = await (await fetch(small, { headers: auth })).text();
      const bare = await startProcess('bench/support/bare-hono.ts', { BARE_BODY: body });
      try {
        const bareUrl = `${bare.url}/sync/pull?since=${head}&limit=100`;
        const clients = 4;
        await throughput(small, auth, clients, 1000);
        await throughput(bareUrl, {}, clients, 1000);
        const a: number[] = [];
        const b: number[] = [];
        for (let round = 0; round < 3; round++) {
          a.push(await throughput(small, auth, clients, 2000));
          b.push(await throughput(bareUrl, {}, clients, 2000));
        }
        report('small-pull/bare-hono', median(a) / median(b), `goal ≥ 0.30; ${median(a).toFixed(0)} vs ${median(b).toFixed(0)} requests/s, ${clients} clients, ${body.length} bytes each`);
      } finally {
        await bare.stop();
      }
    } finally {
      await service.stop();
    }
  } finally {
    await db.dispose();
  }
}

if (import.meta.url === `file://${process.argv[1]}`) await runPullBench();
