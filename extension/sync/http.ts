import { AuthError, NetworkError, ProtocolError } from './errors';

/** Where and as whom the client talks to the service. */
export interface Connection {
  server: string;
  token: string;
  fetch?: typeof fetch;
}

/** `https://host/` → `https://host`, so paths can be appended. */
export function serverBase(server: string): string {
  return server.trim().replace(/\/+$/, '');
}

export interface JsonReply {
  status: number;
  body: unknown;
}

/**
 * How long a request may take, answer included, before it counts as unreachable. A connection that
 * hangs (a proxy that swallows it, a network that drops it without a reset) would otherwise hold
 * the sync, or the enrollment the user waits on, for as long as the browser keeps it open. A pull
 * page is at most 8 MB: a minute is room for that on a slow office line.
 */
export const REQUEST_TIMEOUT_MS = 60_000;

/**
 * One JSON request to the service. Unreachable, timed out, 429 and 5xx become NetworkError (retry
 * later), 401 AuthError; any other status is returned for the caller to judge.
 */
export async function requestJson(
  conn: { server: string; token?: string; fetch?: typeof fetch },
  path: string,
  init: { method: 'GET' | 'POST'; body?: unknown; timeoutMs?: number } = { method: 'GET' },
): Promise<JsonReply> {
  const doFetch = conn.fetch ?? globalThis.fetch.bind(globalThis);
  const target = serviceUrl(conn.server, path);
  const headers: Record<string, string> = { Accept: 'application/json' };
  if (conn.token) headers.Authorization = `Bearer ${conn.token}`;
  if (init.body !== undefined) headers['Content-Type'] = 'application/json';
  const timeoutMs = init.timeoutMs ?? REQUEST_TIMEOUT_MS;
  const signal = AbortSignal.timeout(timeoutMs);
  let res: Response;
  let text: string;
  try {
    res = await doFetch(target, {
      method: init.method,
      headers,
      body: init.body === undefined ? undefined : JSON.stringify(init.body),
      signal,
    });
    if (res.status === 401) throw new AuthError('the service did not accept this device (401)');
    if (res.status === 429 || res.status >= 500) throw new NetworkError(`service answered ${res.status}`);
    // The body is read under the same deadline: a stalled answer is as unreachable as no answer.
    text = await res.text();
  } catch (err) {
    if (err instanceof AuthError || err instanceof NetworkError) throw err;
    const why = signal.aborted ? `no answer within ${timeoutMs / 1000} s` : ((err as Error).message ?? String(err));
    throw new NetworkError(`service unreachable: ${why}`);
  }
  let body: unknown = null;
  if (text) {
    try {
      body = JSON.parse(text);
    } catch {
      throw new ProtocolError(`service answered ${res.status} with a body that is not JSON`);
    }
  }
  return { status: res.status, body };
}

/**
 * The URL of a path on the service. The token goes with every request, so a path that would lead
 * anywhere but the service's own origin is refused before anything is sent.
 */
export function serviceUrl(server: string, path: string): string {
  const base = new URL(serverBase(server));
  const url = new URL(serverBase(server) + path);
  if (!path.startsWith('/') || url.origin !== base.origin) throw new ProtocolError('a request outside the service was refused');
  return url.href;
}

/** The message of a service error body `{ error: { message } }`, or a fallback. */
export function errorMessage(body: unknown, fallback: string): string {
  const e = (body as { error?: { message?: unknown; code?: unknown } } | null)?.error;
  if (e && typeof e.message === 'string' && e.message) return e.message;
  return fallback;
}
