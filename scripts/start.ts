// `npm start`: build the extension if needed, start the service on its embedded defaults
// (SQLite under ./data/), load the demo directory once, and print where everything is.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';

const root = resolve(import.meta.dirname, '..');
const port = Number(process.env.PORT ?? 8787);
const base = `http://127.0.0.1:${port}`;
const extensionDir = join(root, '.output', 'chrome-mv3');
const tsx = join(root, 'node_modules', '.bin', 'tsx');

/** Newest modification time of any file below dir. */
function newest(dir: string): number {
  let t = 0;
  for (const e of readdirSync(dir, { withFileTypes: true })) {
    const p = join(dir, e.name);
    t = Math.max(t, e.isDirectory() ? newest(p) : statSync(p).mtimeMs);
  }
  return t;
}

function run(cmd: string, args: string[]): string {
  const r = spawnSync(cmd, args, { cwd: root, encoding: 'utf8', env: process.env });
  if (r.status !== 0) {
    process.stderr.write(r.stdout + r.stderr);
    throw new Error(`${cmd} ${args.join(' ')} failed (exit ${r.status})`);
  }
  return r.stdout;
}
const admin = (...args: string[]) => run(tsx, ['server/cli/admin.ts', ...args]);
const lastLine = (s: string) => s.trim().split('\n').pop()!.trim();

const manifest = join(extensionDir, 'manifest.json');
const sources = Math.max(newest(join(root, 'extension')), newest(join(root, 'shared')));
if (!existsSync(manifest) || statSync(manifest).mtimeMs < sources) {
  console.log('Building the extension…');
  run(join(root, 'node_modules', '.bin', 'wxt'), ['build']);
}

// The directory is demo data: load it only into an empty database.
// The demo work (tasks in every state) goes in through the service's own appliers, once.
if (admin('units', 'list').trim().split('\n').filter((l) => l.trim()).length <= 1) {
  admin('units', 'import', 'server/demo/units.csv');
  process.stdout.write(admin('demo', 'seed'));
}
const adminCode = lastLine(admin('enroll', '--unit', 'supervision', '--role', 'admin', '--name', 'Admin'));
const supervisorCode = lastLine(admin('enroll', '--unit', 'supervision', '--role', 'supervisor', '--name', '督查室 李四'));
const clerkCode = lastLine(admin('enroll', '--unit', 'letters-office', '--role', 'clerk', '--name', 'Demo clerk'));
const recipientCode = lastLine(admin('enroll', '--unit', 'forestry', '--role', 'recipient', '--name', 'Demo recipient'));

const server = spawn(tsx, ['server/main.ts'], { cwd: root, stdio: ['ignore', 'pipe', 'inherit'], env: { ...process.env, PORT: String(port) } });
server.stdout.pipe(process.stdout);
for (const sig of ['SIGINT', 'SIGTERM'] as const) process.on(sig, () => server.kill(sig));
server.on('exit', (code) => process.exit(code ?? 0));

async function ready(): Promise<void> {
  for (let i = 0; i < 100; i++) {
    try {
      if ((await fetch(`${base}/healthz`)).ok) return;
    } catch {
      /* not up yet */
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error('the service did not become ready');
}

await ready();
const pages = readdirSync(join(root, 'server', 'demo', 'pages')).filter((f) => f.endsWith('.html'));
console.log(`
Circulate is running.

  Dashboard:        ${base}/   (sign in at ${base}/login with the admin code below)
  Demo portal pages:
${pages.map((p) => `    ${base}/demo/${p}`).join('\n')}
  Extension (load unpacked from chrome://extensions, Developer mode):
    ${extensionDir}

  Enrollment codes (single use):
    admin (dashboard sign-in)       ${adminCode}
    supervisor (extension: tasks under supervision)  ${supervisorCode}
    clerk of letters-office         ${clerkCode}
    recipient of forestry           ${recipientCode}

  In the extension's Settings, set the service URL to ${base} and enter a code.
  Press Ctrl+C to stop.
`);
