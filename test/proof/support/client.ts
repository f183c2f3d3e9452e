// A small sync client as the extension is one: a device token, push and pull over HTTP, and an
// outbox that keeps each mutation until the service has answered it, resending after errors.
import type { Role } from '../../../shared/schemas';

export interface PushResult {
  id: string;
  status: 'applied' | 'duplicate' | 'rejected';
  reason?: string;
}
export interface Change {
  seq: number;
  entity: string;
  data: any;
}
export interface Page {
  changes: Change[];
  cursor: number;
  more: boolean;
}
export interface Mutation {
  id: string;
  type: string;
  at: string;
  payload: Record<string, unknown>;
}

export interface Enrolled {
  token: string;
  user: { id: string; role: Role; unitId: string };
}

/** POST /api/enroll with a single-use code. */
export async function enroll(base: string, code: string, deviceName: string): Promise<Enrolled> {
  const res = await fetch(`${base}/api/enroll`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ code, deviceName }) });
  if (res.status !== 201) throw new Error(`enroll answered ${res.status}: ${await res.text()}`);
  return (await res.json()) as Enrolled;
}

export class SyncClient {
  constructor(
    readonly base: string,
    readonly token: string,
  ) {}

  get headers() {
    return { 'content-type': 'application/json', authorization: `Bearer ${this.token}` };
  }

  /** One push; the raw answer (status and parsed body). Network errors throw. */
  async push(mutations: Mutation[]): Promise<{ status: number; body: any; bytes: number }> {
    const res = await fetchOnFreshSocket(`${this.base}/sync/push`, { method: 'POST', headers: this.headers, body: JSON.stringify({ mutations }) });
    const text = await res.text();
    return { status: res.status, body: safeJson(text), bytes: Buffer.byteLength(text) };
  }

  /** Push that must answer 200; its results. */
  async pushOk(mutations: Mutation[]): Promise<PushResult[]> {
    const r = await this.push(mutations);
    if (r.status !== 200) throw new Error(`push answered ${r.status}: ${JSON.stringify(r.body).slice(0, 500)}`);
    return r.body.results as PushResult[];
  }

  async pullRaw(since: number, limit: number): Promise<{ status: number; body: any; bytes: number }> {
    const res = await fetchOnFreshSocket(`${this.base}/sync/pull?since=${since}&limit=${limit}`, { headers: { authorization: `Bearer ${this.token}` } });
    const text = await res.text();
    return { status: res.status, body: safeJson(text), bytes: Buffer.byteLength(text) };
  }

  async pull(since: number, limit = 200): Promise<Page> {
    const r = await this.pullRaw(since, limit);
    if (r.status !== 200) throw new Error(`pull answered ${r.status}: ${JSON.stringify(r.body).slice(0, 500)}`);
    return r.body as Page;
  }

  /**
   * Pulls from `since` until `more` is false, checking on the way that the cursor only moves forward
   * and that each page's changes are in strictly increasing order and after the cursor it was asked from.
   */
  async pullAll(since = 0, limit = 200): Promise<{ changes: Change[]; cursor: number; pages: number }> {
    const changes: Change[] = [];
    let cursor = since;
    let pages = 0;
    for (;;) {
      const page = await this.pull(cursor, limit);
      pages++;
      let last = cursor;
      for (const c of page.changes) {
        if (!(c.seq > last)) throw new Error(`change ${c.seq} came after ${last} (cursor ${cursor})`);
        last = c.seq;
      }
      if (page.cursor < cursor) throw new Error(`the cursor went back from ${cursor} to ${page.cursor}`);
      if (page.more && page.cursor === cursor) throw new Error(`more is true but the cursor stayed at ${cursor}`);
      changes.push(...page.changes);
      cursor = page.cursor;
      if (!page.more) return { changes, cursor, pages };
    }
  }
}

/**
 * fetch, sent once more when a kept-alive socket turned out closed by the service as the request
 * went out (EPIPE / ECONNRESET before any answer): the race every keep-alive client meets. Pushes
 * are safe to send twice (mutation ids); a refused connection (the service is down) is not retried.
 */
export async function fetchOnFreshSocket(url: string, init: RequestInit): Promise<Response> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await fetch(url, init);
    } catch (e) {
      const code = ((e as Error).cause as NodeJS.ErrnoException | undefined)?.code;
      // Several idle sockets may have been closed at once: one try per socket of the pool, then give up.
      if ((code !== 'EPIPE' && code !== 'ECONNRESET' && code !== 'UND_ERR_SOCKET') || attempt >= 8) throw e;
    }
  }
}

function safeJson(text: string): any {
  try {
    return JSON.parse(text);
  } catch {
    return text;
  }
}

export interface OutboxStats {
  pushes: number;
  /** Requests that failed on the network (the service was down or died mid-request). */
  networkErrors: number;
  /** Answers of 500 and above: each is a defect, counted and retried like a network error. */
  serverErrors: { status: number; body: string }[];
}

/**
 * The extension's outbox in small: mutations wait here until the service answers them applied,
 * duplicate or rejected; a failed request is sent again, unchanged, once the service is back.
 */
export class Outbox {
  private pending: Mutation[] = [];
  /** The final answer for each mutation id, and every answer it got on the way. */
  readonly final = new Map<string, PushResult>();
  readonly stats: OutboxStats = { pushes: 0, networkErrors: 0, serverErrors: [] };

  constructor(
    readonly client: SyncClient,
    private readonly batchSize: number,
  ) {}

  add(...ms: Mutation[]) {
    this.pending.push(...ms);
  }

  get size() {
    return this.pending.length;
  }

  /**
   * Sends everything, a batch at a time. After a failure it waits on `whenBack` (a condition, such as
   * "the service listens again"), then resends the same batch. `onAnswered` is told how many
   * mutations got their final answer, and is awaited before the next batch (a device may pull then).
   */
  async drain(whenBack: () => Promise<void>, onAnswered: (n: number) => void | Promise<void> = () => {}): Promise<void> {
    while (this.pending.length) {
      const batch = this.pending.slice(0, this.batchSize);
      this.stats.pushes++;
      let answer: Awaited<ReturnType<SyncClient['push']>>;
      try {
        answer = await this.client.push(batch);
      } catch {
        this.stats.networkErrors++;
        await whenBack();
        continue;
      }
      if (answer.status >= 500) {
        this.stats.serverErrors.push({ status: answer.status, body: JSON.stringify(answer.body).slice(0, 300) });
        await whenBack();
        continue;
      }
      if (answer.status !== 200) throw new Error(`push answered ${answer.status}: ${JSON.stringify(answer.body).slice(0, 500)}`);
      const results = answer.body.results as PushResult[];
      for (const r of results) this.final.set(r.id, r);
      const answered = new Set(results.map((r) => r.id));
      this.pending = this.pending.filter((m) => !answered.has(m.id));
      await onAnswered(answered.size);
    }
  }
}
