#!/usr/bin/env node
/**
 * `npm run extract` starts here. Loading tsx and compiling the TypeScript on every call cost
 * seconds, so the command runs a bundle of shared/cli/extract.ts built with esbuild, kept in
 * node_modules/.cache and rebuilt (in about a tenth of a second) whenever a file it was built from
 * changed. A fresh clone needs no build step: the first call makes the bundle. Without esbuild,
 * the command runs through tsx as before.
 *
 * CIRCULATE_EXTRACT_CACHE names another folder for the bundle (tests and the bench use it); it
 * must lie inside the project's node_modules, where the bundle's packages resolve from.
 */
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, renameSync, statSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const here = fileURLToPath(import.meta.url);
const root = resolve(dirname(here), '../..');
const entry = join(root, 'shared/cli/extract.ts');
// One bundle per checkout: worktrees may share one node_modules.
const cacheDir =
  process.env.CIRCULATE_EXTRACT_CACHE ||
  join(root, 'node_modules/.cache/circulate-extract', createHash('sha256').update(root).digest('hex').slice(0, 16));
const bundle = join(cacheDir, 'extract.mjs');
const stampFile = join(cacheDir, 'inputs.json');

/** [path relative to the root, mtime, size] of a file the bundle was built from. */
const stampOf = (file) => {
  const s = statSync(join(root, file));
  return [file, s.mtimeMs, s.size];
};

function isFresh() {
  try {
    const inputs = JSON.parse(readFileSync(stampFile, 'utf8'));
    statSync(bundle);
    return inputs.every(([file, mtime, size]) => {
      const [, m, s] = stampOf(file);
      return m === mtime && s === size;
    });
  } catch {
    return false;
  }
}

async function loadEsbuild() {
  try {
    return await import('esbuild');
  } catch {
    // Not hoisted: the copy tsx (a dependency of the project) brings.
    const fromTsx = createRequire(createRequire(import.meta.url).resolve('tsx/package.json'));
    return fromTsx('esbuild');
  }
}

/** Writes by renaming, so a command running at the same time never reads half a file. */
function writeWhole(file, contents) {
  const tmp = `${file}.${process.pid}.tmp`;
  writeFileSync(tmp, contents);
  renameSync(tmp, file);
}

async function build() {
  const esbuild = await loadEsbuild();
  const started = Date.now();
  const result = await esbuild.build({
    absWorkingDir: root,
    entryPoints: [entry],
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    // Packages load from node_modules as usual (jsdom only when a page is read).
    packages: 'external',
    outfile: bundle,
    write: false,
    metafile: true,
    logLevel: 'silent',
  });
  mkdirSync(cacheDir, { recursive: true });
  writeWhole(bundle, result.outputFiles[0].contents);
  const inputs = [...Object.keys(result.metafile.inputs), relative(root, here)].map(stampOf);
  // A file saved while the bundle was being built may not be in it: leave it to the next call.
  if (inputs.every(([, mtime]) => mtime < started)) writeWhole(stampFile, JSON.stringify(inputs));
}

let ready = isFresh();
if (!ready) {
  try {
    await build();
    ready = true;
  } catch (e) {
    process.stderr.write(`extract: running through tsx (${e instanceof Error ? e.message.split('\n')[0] : String(e)})\n`);
  }
}
if (ready) {
  await import(pathToFileURL(bundle).href);
} else {
  const tsx = createRequire(import.meta.url).resolve('tsx/cli');
  const r = spawnSync(process.execPath, [tsx, entry, ...process.argv.slice(2)], { stdio: 'inherit' });
  process.exitCode = r.status ?? 1;
}
