// Whatever a client sends, the answer is a JSON 4xx (or a success), never a 500.
import fc from 'fast-check';
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testApp, type TestApp } from './harness';
import { docPut } from './mutations';

describe('no 500 for any client input', () => {
  let t: TestApp;
  let token: string;
  beforeAll(async () => {
    t = await testApp();
    token = (await t.enroll('clerk', 'office')).token;
  });
  afterAll(() => t.close());

  const expectClientAnswer = async (res: Response) => {
    expect(res.status).toBeLessThan(500);
    if (res.status >= 400) expect((await res.json()).error.code).toEqual(expect.any(String));
  };

  it('push: arbitrary JSON, and valid mutations with arbitrary payload fields', async () => {
    const mutationLike = fc.record({
      id: fc.oneof(fc.uuid(), fc.string()),
      type: fc.constantFrom('document.put', 'circulation.create', 'task.create', 'ack.create', 'read.create', 'task.update', 'reminder.create', 'x'),
      at: fc.oneof(fc.constant(new Date().toISOString()), fc.string()),
      payload: fc.dictionary(fc.constantFrom('id', 'documentId', 'unitId', 'taskId', 'kind', 'contentHash', 'draft', 'text', 'leadUnitId'), fc.jsonValue()),
    });
    await fc.assert(
      fc.asyncProperty(fc.oneof(fc.jsonValue(), fc.record({ mutations: fc.array(mutationLike, { maxLength: 5 }) })), async (body) => {
        await expectClientAnswer(await t.json('POST', '/sync/push', JSON.stringify(body), t.auth(token)));
      }),
      { numRuns: 150 },
    );
  });

  it('push: well-formed mutations that refer to things that do not exist', async () => {
    const doc = randomUUID();
    const res = await t.json('POST', '/sync/push', { mutations: [docPut(doc)] }, t.auth(token));
    expect(res.status).toBe(200);
    await fc.assert(
      fc.asyncProperty(fc.constantFrom(doc, randomUUID()), fc.string({ minLength: 1, maxLength: 30 }), async (documentId, unitId) => {
        const body = {
          mutations: [
            { id: randomUUID(), type: 'circulation.create', at: new Date().toISOString(), payload: { id: randomUUID(), documentId, unitId, kind: 'read' } },
            { id: randomUUID(), type: 'task.update', at: new Date().toISOString(), payload: { id: randomUUID(), taskId: randomUUID(), kind: 'progress' } },
          ],
        };
        await expectClientAnswer(await t.json('POST', '/sync/push', body, t.auth(token)));
      }),
      { numRuns: 60 },
    );
  });

  it('enroll and pull: arbitrary bodies and query strings', async () => {
    await fc.assert(
      fc.asyncProperty(fc.jsonValue(), fc.string(), fc.string(), async (body, since, limit) => {
        await expectClientAnswer(await t.json('POST', '/api/enroll', JSON.stringify(body)));
        const q = new URLSearchParams({ since, limit }).toString();
        await expectClientAnswer(await t.request(`/sync/pull?${q}`, { headers: t.auth(token) }));
      }),
      { numRuns: 150 },
    );
  });
});
