/**
 * `npm run bench`: every benchmark of the project, printing `name: ratio` lines, each against a
 * baseline measured in the same run (details in parentheses). BENCH_SECONDS shortens the load runs
 * (default 60 s each); BENCH_ONLY=name,name runs some of: extract, content, ack, pull, dashboard, load, extension;
 * BENCH_ENGINES=sqlite or postgres limits ack and load to one engine; BENCH_CPU_PROF=DIR profiles
 * the service processes.
 */
import { runAckPushBench } from './ack-push';
import { runContentSizeBench } from './content-size';
import { runDashboardBench } from './dashboard';
import { runExtractBench } from './extract';
import { runLoadBench } from './load';
import { runPullBench } from './pull';
import { startPostgres, type Postgres } from './support/postgres';

const only = process.env.BENCH_ONLY ? new Set(process.env.BENCH_ONLY.split(',').map((s) => s.trim())) : undefined;
const wanted = (name: string) => !only || only.has(name);
// BENCH_ENGINES=sqlite (or postgres) runs the ack and load benchmarks on one engine only.
const engines = (process.env.BENCH_ENGINES ?? 'sqlite,postgres').split(',').map((s) => s.trim());
const onEngine = (e: 'sqlite' | 'postgres') => engines.includes(e);

if (wanted('extract')) runExtractBench();
if (wanted('extract')) (await import('./extract-startup')).runExtractStartupBench();
if (wanted('content')) runContentSizeBench();

let pg: Postgres | string = 'not needed';
if ((wanted('ack') || wanted('load')) && onEngine('postgres')) pg = await startPostgres();
// An interrupted run still stops its PostgreSQL server.
process.once('SIGINT', () => {
  if (typeof pg !== 'string') pg.stop();
  process.exit(130);
});
try {
  if (wanted('ack')) {
    if (onEngine('sqlite')) await runAckPushBench('sqlite', pg);
    if (onEngine('postgres')) await runAckPushBench('postgres', pg);
  }
  if (wanted('pull')) await runPullBench();
  if (wanted('dashboard')) await runDashboardBench();
  if (wanted('load')) {
    for (const model of ['paced', 'saturated'] as const) {
      if (onEngine('sqlite')) await runLoadBench('sqlite', pg, model);
      if (onEngine('postgres')) await runLoadBench('postgres', pg, model);
    }
  }
  // The built extension in real Chromium, with 10 000 documents.
  if (wanted('extension')) await (await import('./extension-scale')).runExtensionBench();
} finally {
  if (typeof pg !== 'string') pg.stop();
}
