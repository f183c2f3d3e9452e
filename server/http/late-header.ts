import type { Context } from 'hono';

/**
 * Sets a header on the response a handler has already made. Hono's `c.header` rebuilds a finished
 * response around its body to do it, and under @hono/node-server that turns a string body into a
 * stream which the server then reads back: about 3 ms of a push of 100 acknowledgements
 * (bench/ack-push.ts). The response's own headers take it directly, unless they are immutable (a
 * fetched response's), where the rebuilt copy is needed.
 */
export function setLateHeader(c: Context, name: string, value: string, append = false): void {
  try {
    if (append) c.res.headers.append(name, value);
    else c.res.headers.set(name, value);
  } catch {
    c.header(name, value, { append });
  }
}
