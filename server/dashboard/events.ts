import { Hono } from 'hono';
import { streamSSE } from 'hono/streaming';
import type { AppEnv } from '../http/env';
import { lastSeq } from '../storage/changes';

/**
 * GET /events: server-sent events carrying the last change number whenever it moves. It reads the
 * shared counter, so it sees changes made through any instance on the same database.
 */
export function eventRoutes(pollMs: number) {
  return new Hono<AppEnv>().get('/events', (c) =>
    streamSSE(c, async (stream) => {
      let sent = -1;
      let beats = 0;
      while (!stream.aborted && !stream.closed) {
        const seq = await lastSeq(c.var.storage.db);
        if (seq !== sent) {
          await stream.writeSSE({ event: 'seq', data: String(seq) });
          sent = seq;
        } else if (++beats % 10 === 0) {
          await stream.write(': keep-alive\n\n');
        }
        await stream.sleep(pollMs);
      }
    }),
  );
}
