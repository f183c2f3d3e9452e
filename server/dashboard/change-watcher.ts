import { lastSeq } from '../storage/changes';
import type { Storage } from '../storage/types';

/**
 * One watcher per service instance, whatever the number of open dashboard pages: it reads the last
 * change number while anyone listens and tells every listener when it moves. On PostgreSQL it is
 * woken by NOTIFY (changes made through any instance) and polls only slowly as a backstop; on
 * SQLite it polls every `pollMs`. Listeners get the new number; nothing runs when none listen.
 */
export class ChangeWatcher {
  private listeners = new Set<(seq: number) => void>();
  private seq = -1;
  private timer: NodeJS.Timeout | undefined;
  private unlisten: Promise<(() => Promise<void>) | undefined> | undefined;
  private reading: Promise<void> | undefined;
  /** How many times the watcher has read the change number (tests hold it to one reader). */
  reads = 0;

  constructor(
    private readonly storage: Storage,
    private readonly pollMs: number,
  ) {}

  /** The last change number seen (reads it first if nobody has yet). */
  async current(): Promise<number> {
    if (this.seq < 0) await this.check();
    return this.seq;
  }

  subscribe(fn: (seq: number) => void): () => void {
    this.listeners.add(fn);
    if (this.listeners.size === 1) this.start();
    return () => {
      this.listeners.delete(fn);
      if (this.listeners.size === 0) this.stop();
    };
  }

  /** Reads the change number once (concurrent calls share the read) and tells listeners if it moved. */
  check(): Promise<void> {
    this.reading ??= (async () => {
      try {
        this.reads++;
        const seq = await lastSeq(this.storage.db);
        if (seq !== this.seq) {
          this.seq = seq;
          for (const fn of this.listeners) fn(seq);
        }
      } catch {
        // The database is away for a moment (or closing): the next tick tries again.
      } finally {
        this.reading = undefined;
      }
    })();
    return this.reading;
  }

  private start() {
    const notified = this.storage.listenForChanges;
    let interval = this.pollMs;
    if (notified) {
      interval = Math.max(this.pollMs * 10, 10_000);
      this.unlisten = notified.call(this.storage, () => void this.check()).catch(() => {
        // No LISTEN connection: poll at the normal pace instead.
        this.restartTimer(this.pollMs);
        return undefined;
      });
    }
    this.restartTimer(interval);
  }

  private restartTimer(ms: number) {
    clearInterval(this.timer);
    this.timer = setInterval(() => void this.check(), ms);
    this.timer.unref();
  }

  private stop() {
    clearInterval(this.timer);
    this.timer = undefined;
    const off = this.unlisten;
    this.unlisten = undefined;
    void off?.then((f) => f?.());
  }
}
