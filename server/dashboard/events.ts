import { Hono } from 'hono';
import { streamSSE } from 'hono/streaming';
import type { AppEnv } from '../http/env';
import type { Storage } from '../storage/types';
import { ChangeWatcher } from './change-watcher';

/** A comment line this often keeps proxies from closing a quiet stream. */
const KEEP_ALIVE_MS = 20_000;

/**
 * GET /events: server-sent events carrying the last change number whenever it moves. Every open
 * page listens to the instance's one ChangeWatcher (made with the first page, for this app's
 * storage), so a hundred open pages cost one reader, not a hundred pollers.
 */
export function eventRoutes(pollMs: number) {
  let watcher: ChangeWatcher | undefined;
  const watcherFor = (storage: Storage) => (watcher ??= new ChangeWatcher(storage, pollMs));
  return new Hono<AppEnv>().get('/events', (c) =>
    streamSSE(c, async (stream) => {
      const w = watcherFor(c.var.storage);
      let wake: (() => void) | undefined;
      // Set by a move that lands while this stream is busy writing, so it is never missed.
      let dirty: boolean;
      const off = w.subscribe(() => {
        dirty = true;
        wake?.();
      });
      stream.onAbort(() => wake?.());
      try {
        let sent = -1;
        while (!stream.aborted && !stream.closed) {
          dirty = false;
          const seq = await w.current();
          if (seq !== sent) {
            await stream.writeSSE({ event: 'seq', data: String(seq) });
            sent = seq;
            continue;
          }
          if (dirty) continue;
          const moved = await new Promise<boolean>((resolve) => {
            const t = setTimeout(() => resolve(false), KEEP_ALIVE_MS);
            wake = () => {
              clearTimeout(t);
              resolve(true);
            };
          });
          if (!moved && !stream.aborted) await stream.write(': keep-alive\n\n');
        }
      } finally {
        off();
      }
    }),
  );
}

export { ChangeWatcher };
