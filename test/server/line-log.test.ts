import { describe, expect, it } from 'vitest';
import { lineLog } from '../../server/http/line-log';

describe('lineLog', () => {
  it('writes the lines of one turn of the event loop together, in order, once', async () => {
    const chunks: string[] = [];
    const log = lineLog((c) => chunks.push(c));
    log('--> POST /sync/push');
    log('<-- POST /sync/push 200 12ms');
    expect(chunks).toEqual([]);
    await new Promise((r) => setImmediate(r));
    log('--> GET /sync/pull');
    await new Promise((r) => setImmediate(r));
    expect(chunks).toEqual(['--> POST /sync/push\n<-- POST /sync/push 200 12ms\n', '--> GET /sync/pull\n']);
  });
});
