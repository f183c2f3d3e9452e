// The oversized-document attack: a clerk pushes documents of about 1.9 MB of JSON each (just under
// the 2 MB limit) and one over it. The one over is refused, naming the limit (or the whole request
// gets a 413); the others are kept, and supervisors' and recipients' pulls keep working: 200, every
// page under 8 MB, every accepted document returned.
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ServiceProcess } from '../server/processes';
import { enroll, SyncClient, type Mutation } from './support/client';
import { Directory } from './support/directory';
import { engineEnv, type EngineEnv } from './support/engines';
import { circulate, docPut } from './support/mutations';
import { startServiceWithUnits } from './support/service';

const MB = 1024 * 1024;
const UNITS = ['u1', 'u2', 'u3', 'u4', 'u5', 'u6'];

/** A document.put whose payload is about `bytes` of JSON, built from ordinary minutes parts. */
function bigDocument(id: string, bytes: number): Mutation {
  const paragraph = 'The meeting decided that the bureau shall carry out the work plan and report progress by the end of the month. ';
  const line = paragraph.repeat(18); // ≈ 2 KB
  const m = docPut(id, `hash-${id}`, 'Minutes with a long record', { views: [], decisions: [], text: '' });
  const draft = m.payload.draft as Record<string, any>;
  const size = () => Buffer.byteLength(JSON.stringify(m.payload));
  const views = Math.floor((bytes * 0.5) / (line.length + 3));
  const decisions = Math.floor((bytes * 0.3) / (line.length + 40));
  draft.views = Array.from({ length: views }, () => line);
  draft.decisions = Array.from({ length: decisions }, () => ({ text: line, assignees: [], due: null }));
  draft.text = 'x'.repeat(Math.max(0, bytes - size() - 10));
  return m;
}

describe('oversized documents', () => {
  let where: EngineEnv;
  let service: ServiceProcess;

  beforeAll(async () => {
    where = await engineEnv('sqlite', 'oversized');
    service = await startServiceWithUnits(where.env, [...UNITS, 'office', 'bureau'].map((id) => ({ id, name: `Unit ${id}` })));
  });

  afterAll(async () => {
    await service?.stop();
    where?.cleanup();
  });

  it('refuses the one over the limit and keeps every pull working', async () => {
    const base = service.url;
    // Built first: building takes a while, and idle keep-alive sockets must not time out meanwhile.
    const bigs = Array.from({ length: 4 }, () => bigDocument(randomUUID(), 1.9 * MB));
    const over = bigDocument(randomUUID(), 2.1 * MB);
    const dir = await Directory.open(where.env);
    const [clerkCode, supervisorCode, recipientCode] = [await dir.code('clerk', 'office'), await dir.code('supervisor', 'bureau'), await dir.code('recipient', 'u1')];
    await dir.close();
    const clerk = new SyncClient(base, (await enroll(base, clerkCode, 'clerk')).token);
    const supervisor = new SyncClient(base, (await enroll(base, supervisorCode, 'supervisor')).token);
    const recipient = new SyncClient(base, (await enroll(base, recipientCode, 'recipient')).token);

    // Four documents just under the limit, each circulated to six units; then one over it.
    const accepted: string[] = [];
    for (const [i, m] of bigs.entries()) {
      const id = m.payload.id as string;
      expect(Buffer.byteLength(JSON.stringify(m.payload))).toBeGreaterThan(1.85 * MB);
      const results = await clerk.pushOk([m, ...UNITS.map((u) => circulate(id, u))]).catch((e) => {
        throw new Error(`push of document ${i + 1} failed (${(e as Error).cause ?? e}); service running: ${service.running}; its log ends: ${service.output.slice(-600)}`);
      });
      expect(results.map((r) => r.status)).toEqual(results.map(() => 'applied'));
      accepted.push(id);
    }
    const answer = await clerk.push([over]);
    if (answer.status === 413) {
      expect(answer.body.error.code).toEqual(expect.any(String));
    } else {
      expect(answer.status).toBe(200);
      // Soft: the pulls below are worth checking even when this refusal is missing.
      expect.soft(answer.body.results[0].status).toBe('rejected');
      expect.soft(answer.body.results[0].reason ?? '').toMatch(/2\s?MB|2\s?MiB|2097152|2 097 152|2,097,152|MAX_DOCUMENT_BYTES/i);
    }

    // Pulls in pages of the largest size a client may ask for: each page 200 and under 8 MB.
    for (const [who, client, expected] of [
      ['supervisor', supervisor, accepted],
      ['recipient', recipient, accepted],
    ] as const) {
      const seen = new Set<string>();
      const sizes: number[] = [];
      let since = 0;
      for (;;) {
        const page = await client.pullRaw(since, 1000);
        expect(page.status).toBe(200);
        expect.soft(page.bytes, `a ${who} page`).toBeLessThan(8 * MB);
        sizes.push(page.bytes);
        for (const c of page.body.changes) if (c.entity === 'document') seen.add(c.data.id);
        if (!page.body.more) break;
        expect(page.body.cursor).toBeGreaterThan(since);
        since = page.body.cursor;
      }
      expect([...expected].filter((id) => !seen.has(id))).toEqual([]);
      expect.soft(seen.has(over.payload.id as string), 'the document over the limit was stored').toBe(false);
      console.log(
        `oversized: ${who} pulled ${sizes.length} pages (largest ${(Math.max(...sizes) / MB).toFixed(2)} MB) and got all ${expected.length} documents of ~1.9 MB; ` +
          `the 2.1 MB one was ${answer.status === 413 ? 'refused with 413' : `${answer.body.results[0].status}: ${answer.body.results[0].reason ?? ''}`}`,
      );
    }
  }, 110_000);
});
