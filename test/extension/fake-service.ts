import type { Change, Mutation, PushResult } from '../../shared/schemas';

export interface FakeCall {
  method: string;
  url: string;
  headers: Record<string, string>;
  body: unknown;
}

/**
 * A small stand-in for the sync service, behind a `fetch`-shaped function: it remembers mutation ids
 * (a repeat is `duplicate`), answers pulls from `changes` by sequence number, and lets a test make
 * it fail in chosen ways.
 */
export class FakeService {
  calls: FakeCall[] = [];
  seen = new Set<string>();
  changes: Change[] = [];
  token = 'tok-1';
  /** Decides a mutation's result; default: applied. */
  judge: (m: Mutation) => PushResult = (m) => ({ id: m.id, status: 'applied' });
  /** Mutation ids the push answer leaves out (as a service that stopped partway would). */
  unanswered = new Set<string>();
  /** When it returns a status, the whole push is refused with it (a 400, 413 or 422 for the batch). */
  refuseBatch: (ms: Mutation[]) => number | null = () => null;
  /** When set, the next requests fail like this instead of being answered. */
  failNext: Array<'network' | 500 | 401 | 400> = [];

  fetch = async (input: string | URL | Request, init: RequestInit = {}): Promise<Response> => {
    const url = String(input);
    const headers = Object.fromEntries(Object.entries((init.headers ?? {}) as Record<string, string>));
    const body = typeof init.body === 'string' ? JSON.parse(init.body) : undefined;
    this.calls.push({ method: init.method ?? 'GET', url, headers, body });
    const fail = this.failNext.shift();
    if (fail === 'network') throw new TypeError('Failed to fetch');
    if (typeof fail === 'number') return json(fail, { error: { code: 'x', message: `failed with ${fail}` } });
    const u = new URL(url);
    if (u.pathname === '/api/enroll') {
      if (body?.code !== 'GOOD-CODE') return json(401, { error: { code: 'unauthorized', message: 'unknown code' } });
      return json(201, { token: this.token, user: { id: 'user-1', role: 'clerk', unitId: 'u-office' } });
    }
    if (headers.Authorization !== `Bearer ${this.token}`) return json(401, { error: { code: 'unauthorized', message: 'no' } });
    if (u.pathname === '/sync/push' && init.method === 'POST') {
      const refused = this.refuseBatch(body.mutations as Mutation[]);
      if (refused !== null) return json(refused, { error: { code: 'refused', message: `batch refused with ${refused}` } });
      const results = (body.mutations as Mutation[]).filter((m) => !this.unanswered.has(m.id)).map((m) => {
        if (this.seen.has(m.id)) return { id: m.id, status: 'duplicate' as const };
        const r = this.judge(m);
        if (r.status === 'applied') this.seen.add(m.id);
        return r;
      });
      return json(200, { results });
    }
    if (u.pathname === '/sync/pull') {
      const since = Number(u.searchParams.get('since') ?? 0);
      const limit = Number(u.searchParams.get('limit') ?? 200);
      const after = this.changes.filter((c) => c.seq > since).sort((a, b) => a.seq - b.seq);
      const page = after.slice(0, limit);
      const cursor = page.length ? page[page.length - 1].seq : since;
      return json(200, { changes: page, cursor, more: after.length > page.length });
    }
    return json(404, { error: { code: 'not_found', message: 'no such route' } });
  };

  pushes(): Mutation[][] {
    return this.calls.filter((c) => c.url.endsWith('/sync/push')).map((c) => (c.body as { mutations: Mutation[] }).mutations);
  }
}

function json(status: number, body: unknown): Response {
  return new Response(JSON.stringify(body), { status, headers: { 'Content-Type': 'application/json' } });
}
