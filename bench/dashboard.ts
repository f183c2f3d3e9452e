/**
 * Dashboard pages at 1 000 and 50 000 documents: `/`, `/matrix` and `/tasks` (first page) through a
 * real service process on SQLite; prints each page's median time at 50 000 over its time at 1 000.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createSqliteStorage } from '../server/storage/sqlite';
import { startService } from './support/processes';
import { enrollmentCode, prepare, seedDashboard } from './support/seed';
import { signIn } from './support/session';
import { median, now, report } from './support/stats';

const PAGES = ['/', '/matrix', '/tasks'] as const;

async function measure(docs: number, rounds: number) {
  const dir = mkdtempSync(join(tmpdir(), 'circulate-bench-dash-'));
  const file = join(dir, 'circulate.db');
  try {
    const storage = createSqliteStorage(file);
    const world = await prepare(storage);
    await seedDashboard(storage, world, docs, file);
    const code = await enrollmentCode(storage, 'supervisor', 'bureau');
    await storage.close();
    const service = await startService({ file });
    try {
      const cookie = await signIn(service.url, code);
      const times = new Map<string, number[]>(PAGES.map((p) => [p, []]));
      const bytes = new Map<string, number>();
      // Pages in turn, the first rounds as warm-up (compiling, caches), then `rounds` counted.
      for (let i = 0; i < rounds + 5; i++) {
        for (const page of PAGES) {
          const t = now();
          const res = await fetch(`${service.url}${page}`, { headers: { cookie } });
          const body = await res.arrayBuffer();
          if (res.status !== 200) throw new Error(`${page} answered ${res.status}`);
          if (i >= 5) times.get(page)!.push(now() - t);
          bytes.set(page, body.byteLength);
        }
      }
      const out = new Map(PAGES.map((p) => [p, { ms: median(times.get(p)!), bytes: bytes.get(p)! }]));
      return out;
    } finally {
      await service.stop();
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

export async function runDashboardBench() {
  const rounds = 15;
  const small = await measure(1_000, rounds);
  const large = await measure(50_000, rounds);
  for (const page of PAGES) {
    const a = small.get(page)!;
    const b = large.get(page)!;
    report(`dashboard ${page} 50k/1k`, b.ms / a.ms, `goal < 10; ${a.ms.toFixed(1)} ms at 1k, ${b.ms.toFixed(1)} ms and ${(b.bytes / 1024).toFixed(0)} KB at 50k`);
  }
}

if (import.meta.url === `file://${process.argv[1]}`) await runDashboardBench();
