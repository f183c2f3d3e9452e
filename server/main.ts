// The sync service: `npx tsx server/main.ts`. PORT (default 8787); DATABASE_URL=postgres://… for
// PostgreSQL, else SQLite at CIRCULATE_DB (default ./data/circulate.db). HOST (default 127.0.0.1).
// RATE_LIMIT_PER_MINUTE and TRUST_PROXY: see below.
import { serve } from '@hono/node-server';
import { createApp } from './app';
import { lineLog } from './http/line-log';
import { openAuditedStorage } from './storage/audit-open';
import { sendScheduledReminders } from './tasks/scheduled-reminders';
import { bureauTimeZone } from './tasks/time-zone';

const port = Number(process.env.PORT ?? 8787);
const hostname = process.env.HOST || '127.0.0.1';
if (!Number.isInteger(port) || port < 0 || port > 65535) {
  console.error(`PORT must be a port number, not "${process.env.PORT}"`);
  process.exit(2);
}

// RATE_LIMIT_PER_MINUTE: enrollment and sign-in attempts per client IP a minute (0 turns it off);
// TRUST_PROXY=1 counts by X-Forwarded-For, for a service behind a reverse proxy.
const perMinute = Number(process.env.RATE_LIMIT_PER_MINUTE ?? 30);
if (!Number.isInteger(perMinute) || perMinute < 0) {
  console.error(`RATE_LIMIT_PER_MINUTE must be a whole number, not "${process.env.RATE_LIMIT_PER_MINUTE}"`);
  process.exit(2);
}
const rateLimit = perMinute === 0 ? (false as const) : { limit: perMinute, windowMs: 60_000, trustProxy: process.env.TRUST_PROXY === '1' };

// BUREAU_TIME_ZONE: the calendar due dates are counted on; a name that is no time zone stops here.
try {
  bureauTimeZone();
} catch (e) {
  console.error((e as Error).message);
  process.exit(2);
}

const storage = await openAuditedStorage().catch((e: Error) => {
  console.error(`cannot open the database: ${e.message}`);
  process.exit(1);
});
const app = createApp(storage, { log: lineLog(), rateLimit });
const server = serve({ fetch: app.fetch, port, hostname }, (info) => {
  console.log(`listening on http://127.0.0.1:${info.port}`);
});
// Node closes an idle keep-alive socket after 5 s, which races a client (a browser, a proxy) that
// picks that socket for its next request. Keep idle sockets longer than clients and proxies do.
if ('keepAliveTimeout' in server) {
  server.keepAliveTimeout = 65_000;
  server.headersTimeout = 66_000;
}

// Scheduled reminders (3 days before due, on the day, every 3 days overdue): hourly; each is sent once.
const remind = () =>
  sendScheduledReminders(storage).then(
    (n) => n > 0 && console.log(`sent ${n} scheduled reminder(s)`),
    (e: Error) => console.error(`scheduled reminders failed: ${e.message}`),
  );
void remind();
const timer = setInterval(remind, 3_600_000);
timer.unref();

let stopping = false;
async function stop() {
  if (stopping) return;
  stopping = true;
  clearInterval(timer);
  server.close();
  await storage.close();
  process.exit(0);
}
process.on('SIGTERM', stop);
process.on('SIGINT', stop);
