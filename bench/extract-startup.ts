/**
 * Start-up of the extract command. Prints:
 *  - `extract-startup/node-empty: R` — the command on an empty text file against `node -e ''`
 *    (CPU time of the child processes where /proc tells it, else wall time; median of the runs),
 *    with both in seconds;
 *  - the same command on a fresh cache (its bundle built first), and through `npm run`, in seconds.
 * Goal: under one second of start-up for a small file.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const root = join(import.meta.dirname, '..');
const launcher = join(root, 'shared', 'cli', 'extract.mjs');
const TICKS = 100; // USER_HZ on Linux

/** CPU seconds used so far by waited-for children of this process (Linux), or null. */
function childCpu(): number | null {
  try {
    const stat = readFileSync('/proc/self/stat', 'utf8');
    // Fields after the command name (in parentheses, which may hold spaces): cutime is field 16, cstime 17.
    const rest = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return (Number(rest[13]) + Number(rest[14])) / TICKS;
  } catch {
    return null;
  }
}

interface Cost {
  wall: number;
  cpu: number | null;
}

function run(cmd: string, args: string[], env: NodeJS.ProcessEnv = process.env): Cost {
  const cpu0 = childCpu();
  const t0 = process.hrtime.bigint();
  const r = spawnSync(cmd, args, { cwd: root, env, encoding: 'utf8' });
  const wall = Number(process.hrtime.bigint() - t0) / 1e9;
  const cpu1 = childCpu();
  if (r.status !== 0) throw new Error(`${cmd} ${args.join(' ')} failed: ${r.stderr}`);
  return { wall, cpu: cpu0 === null || cpu1 === null ? null : cpu1 - cpu0 };
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

function measure(rounds: number, once: () => Cost): Cost {
  const costs = Array.from({ length: rounds }, once);
  const cpus = costs.map((c) => c.cpu);
  return { wall: median(costs.map((c) => c.wall)), cpu: cpus.every((c) => c !== null) ? median(cpus as number[]) : null };
}

export function runExtractStartupBench(rounds = 7): void {
  const dir = mkdtempSync(join(tmpdir(), 'circulate-startup-'));
  try {
    const empty = join(dir, 'empty.txt');
    writeFileSync(empty, '');
    // Warm: the bundle exists (a first call makes it).
    run(process.execPath, [launcher, '--json', empty]);
    const node = measure(rounds, () => run(process.execPath, ['-e', '']));
    const extract = measure(rounds, () => run(process.execPath, [launcher, '--json', empty]));
    // A fresh cache inside node_modules (the bundle's packages resolve from where it lies).
    const caches = join(root, 'node_modules', '.cache', 'circulate-extract');
    mkdirSync(caches, { recursive: true });
    const fresh = measure(3, () => {
      const cache = mkdtempSync(join(caches, 'bench-'));
      try {
        return run(process.execPath, [launcher, '--json', empty], { ...process.env, CIRCULATE_EXTRACT_CACHE: cache });
      } finally {
        rmSync(cache, { recursive: true, force: true });
      }
    });
    const npm = measure(3, () => run(process.platform === 'win32' ? 'npm.cmd' : 'npm', ['run', '--silent', 'extract', '--', '--json', empty]));
    const byCpu = extract.cpu !== null && node.cpu !== null && node.cpu > 0;
    const ratio = byCpu ? extract.cpu! / node.cpu! : extract.wall / node.wall;
    const s = (c: Cost) => (c.cpu !== null ? `${c.cpu.toFixed(2)} s CPU, ${c.wall.toFixed(2)} s wall` : `${c.wall.toFixed(2)} s wall`);
    console.log(`extract-startup/node-empty: ${ratio.toFixed(2)} (by ${byCpu ? 'CPU' : 'wall'} time; extract ${s(extract)}; node -e '' ${s(node)}; goal: extract under 1 s)`);
    console.log(`extract-startup/first-call: ${s(fresh)} (bundle built on a fresh cache)`);
    console.log(`extract-startup/npm-run: ${s(npm)} (npm run --silent extract, npm's own start included)`);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

if (process.argv[1] === import.meta.filename) runExtractStartupBench();
