import { META, setMeta, type CirculateDb } from '../db';
import { backoffDelay } from './backoff';
import { AuthError, NetworkError, type SyncErrorCode } from './errors';
import type { Connection } from './http';
import { pull, type PullSummary } from './pull';
import { push, type PushSummary } from './push';

/** The last sync error as stored in `meta` for the UI. */
export interface SyncErrorInfo {
  code: SyncErrorCode;
  message: string;
}

export type SyncOutcome =
  | { status: 'ok'; push: PushSummary; pull: PullSummary }
  | { status: 'skipped' | 'not-enrolled' }
  | { status: 'failed'; error: SyncErrorInfo; retryInMs?: number };

export interface EngineDeps {
  db: CirculateDb;
  /** The service and token, or null when this device is not enrolled. */
  connection(): Promise<Connection | null>;
  /** The service refused the token (401): forget it, keep the outbox. */
  onAuthLost(): Promise<void>;
  /** Run `fn` after `ms` (a timer in the service worker; the 1-minute alarm covers a lost one). */
  schedule(ms: number, fn: () => void): void;
  onPulled?(summary: PullSummary): void | Promise<void>;
  now?: () => number;
  random?: () => number;
}

/**
 * Push, then pull, one run at a time. Calls while a run is going are folded into one follow-up run.
 * A network failure backs off exponentially with jitter; timer-driven runs wait out the backoff,
 * forced runs (the user, coming back online) do not.
 */
export class SyncEngine {
  private current: Promise<SyncOutcome> | null = null;
  private queued: Promise<SyncOutcome> | null = null;
  private queuedForce = false;
  private failures = 0;
  private retryAt = 0;

  constructor(private readonly deps: EngineDeps) {}

  sync(opts: { force?: boolean } = {}): Promise<SyncOutcome> {
    if (this.queued) {
      this.queuedForce ||= !!opts.force;
      return this.queued;
    }
    const before = this.current;
    this.queuedForce = !!opts.force;
    const run = (async () => {
      // Always yields first, so `queued` below is set before this run marks itself started.
      await before?.catch(() => undefined);
      this.queued = null;
      const force = this.queuedForce;
      this.queuedForce = false;
      return this.runOnce(force);
    })();
    this.queued = run;
    this.current = run;
    return run;
  }

  /**
   * Entries still backing off from an earlier failure were left out of this push: come back for
   * them when the first one is due, instead of waiting for the next alarm.
   */
  private async scheduleWaiting(t: number): Promise<void> {
    const waiting = await this.deps.db.outbox.where('state').equals('pending').toArray();
    const next = Math.min(...waiting.map((e) => e.nextAttemptAt).filter((at) => at > t));
    if (Number.isFinite(next)) this.deps.schedule(next - t, () => void this.sync());
  }

  private async runOnce(force: boolean): Promise<SyncOutcome> {
    const { db } = this.deps;
    const now = this.deps.now ?? Date.now;
    const conn = await this.deps.connection();
    if (!conn) {
      await setMeta(db, META.lastError, { code: 'not-enrolled', message: 'not enrolled' } satisfies SyncErrorInfo);
      return { status: 'not-enrolled' };
    }
    if (!force && now() < this.retryAt) return { status: 'skipped' };
    try {
      const pushed = await push(db, conn, { force, now, random: this.deps.random });
      const pulled = await pull(db, conn);
      this.failures = 0;
      this.retryAt = 0;
      await setMeta(db, META.lastSyncAt, new Date(now()).toISOString());
      await setMeta(db, META.lastError, undefined);
      // Before the notifications: a notification that never settles must not hold the outbox back.
      await this.scheduleWaiting(now());
      await this.deps.onPulled?.(pulled);
      return { status: 'ok', push: pushed, pull: pulled };
    } catch (err) {
      const message = err instanceof Error ? err.message : String(err);
      if (err instanceof AuthError) {
        await this.deps.onAuthLost();
        const error: SyncErrorInfo = { code: 'auth', message };
        await setMeta(db, META.lastError, error);
        return { status: 'failed', error };
      }
      // Network trouble and answers this client cannot use are both retried later, backing off.
      this.failures += 1;
      const delay = backoffDelay(this.failures, this.deps.random);
      this.retryAt = now() + delay;
      this.deps.schedule(delay, () => void this.sync());
      const error: SyncErrorInfo = { code: err instanceof NetworkError ? 'network' : 'protocol', message };
      await setMeta(db, META.lastError, error);
      return { status: 'failed', error, retryInMs: delay };
    }
  }
}
