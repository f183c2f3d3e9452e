import Sqlite from 'better-sqlite3';
import { existsSync, mkdirSync, renameSync, rmSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { Kysely, SqliteDialect } from 'kysely';
import { checkAudit, describeProblems } from '../../storage/audit-check';
import { readAuditKey } from '../../storage/audit-key';
import { createSqliteStorage } from '../../storage/sqlite';
import type { Database } from '../../storage/types';
import { CliError } from '../errors';

export const backupHelp = `Usage:
  admin backup FILE [--force]    copy the live SQLite database to FILE, consistently, while the
                                 service keeps writing; the copy is checked before it is kept
                                 (--force overwrites an existing FILE)
  admin restore FILE [--force]   bring a backup back as the service's database: the copy must open,
                                 pass an integrity check and verify its audit trail first; refuses
                                 while the database is in use (stop the service) unless --force.
                                 The database it replaces is kept beside it as *.before-restore-TIME.

SQLite only (CIRCULATE_DB). For PostgreSQL use pg_dump and pg_restore (README, Backups).
The audit key file is not in the database: back it up separately.`;

const sqliteFile = (env: NodeJS.ProcessEnv, command: string) => {
  if (/^postgres(ql)?:\/\//.test(env.DATABASE_URL ?? '')) {
    throw new CliError(`${command} copies a SQLite database; with PostgreSQL use pg_dump / pg_restore (see README, Backups)`, 2);
  }
  return resolve(env.CIRCULATE_DB || './data/circulate.db');
};

// The whole database in one step of the online backup API: one read transaction, so the copy is a
// single consistent state however the service writes meanwhile (SQLite restarts a step it disturbs).
const ALL_PAGES = () => 0x7fffffff;

function integrity(file: string): void {
  const db = new Sqlite(file, { readonly: true, fileMustExist: true });
  try {
    const result = db.pragma('integrity_check', { simple: true });
    if (result !== 'ok') throw new CliError(`${file} fails SQLite's integrity check: ${String(result)}`);
    db.prepare('select count(*) from audit').get();
  } catch (e) {
    if (e instanceof CliError) throw e;
    throw new CliError(`${file} is not a Circulate database: ${(e as Error).message}`);
  } finally {
    db.close();
  }
}

/** Checks a database file's audit trail (read-only), as `admin audit verify` does. */
async function verifyFile(file: string, env: NodeJS.ProcessEnv) {
  const db = new Kysely<Database>({ dialect: new SqliteDialect({ database: new Sqlite(file, { readonly: true, fileMustExist: true }) }) });
  try {
    return await checkAudit(db, { key: readAuditKey(env), env });
  } finally {
    await db.destroy();
  }
}

export async function backup(env: NodeJS.ProcessEnv, target: string, force: boolean): Promise<void> {
  const source = sqliteFile(env, 'backup');
  const dest = resolve(target);
  if (!existsSync(source)) throw new CliError(`there is no database at ${source}`);
  if (dest === source) throw new CliError('the backup must go to another file than the database', 2);
  if (existsSync(dest) && !force) throw new CliError(`${dest} exists (use --force to overwrite it)`, 2);
  if (!existsSync(dirname(dest))) throw new CliError(`no such folder: ${dirname(dest)}`, 2);
  const partial = join(dirname(dest), `.${basename(dest)}.partial-${process.pid}`);
  rmSync(partial, { force: true });
  const live = new Sqlite(source, { fileMustExist: true, timeout: 5000 });
  try {
    await live.backup(partial, { progress: ALL_PAGES });
  } finally {
    live.close();
  }
  try {
    // A self-contained file: no -wal beside it to lose when it is copied elsewhere.
    const copy = new Sqlite(partial);
    copy.pragma('journal_mode = DELETE');
    copy.close();
    integrity(partial);
    const report = await verifyFile(partial, env);
    renameSync(partial, dest);
    console.log(`backed up ${source} to ${dest}: ${report.chain.entries} audit entries`);
    if (!report.ok) console.log(`warning: the copy's audit does not verify (nor does the database's): ${describeProblems(report)}`);
  } finally {
    rmSync(partial, { force: true });
  }
}

/** Whether another connection has the database open: an exclusive lock cannot be had while one does. */
function inUse(file: string): boolean {
  if (!existsSync(file)) return false;
  const db = new Sqlite(file, { timeout: 0 });
  try {
    db.pragma('locking_mode = EXCLUSIVE');
    db.exec('BEGIN EXCLUSIVE');
    db.exec('COMMIT');
    return false;
  } catch (e) {
    if ((e as { code?: string }).code === 'SQLITE_BUSY') return true;
    throw e;
  } finally {
    db.close();
  }
}

export async function restore(env: NodeJS.ProcessEnv, from: string, force: boolean): Promise<void> {
  const target = sqliteFile(env, 'restore');
  const backupFile = resolve(from);
  if (!existsSync(backupFile)) throw new CliError(`no such file: ${backupFile}`, 2);
  if (backupFile === target) throw new CliError('that is the database itself', 2);
  integrity(backupFile);

  // Work on a copy beside the target: bring its schema up to date, then check its audit.
  mkdirSync(dirname(target), { recursive: true });
  const staged = join(dirname(target), `.${basename(target)}.restore-${process.pid}`);
  const cleanStaged = () => ['', '-wal', '-shm'].forEach((s) => rmSync(staged + s, { force: true }));
  cleanStaged();
  try {
    const src = new Sqlite(backupFile, { readonly: true });
    try {
      await src.backup(staged, { progress: ALL_PAGES });
    } finally {
      src.close();
    }
    const storage = createSqliteStorage(staged);
    try {
      await storage.migrate();
    } finally {
      await storage.close();
    }
    const report = await verifyFile(staged, env);
    if (!report.ok) throw new CliError(`${backupFile} was not restored: ${describeProblems(report)}`);

    if (inUse(target) && !force) {
      throw new CliError(`${target} is in use (stop the service first, or restore with --force); nothing was changed`);
    }
    let kept: string | undefined;
    if (existsSync(target)) {
      kept = `${target}.before-restore-${new Date().toISOString().replace(/[:.]/g, '-')}`;
      const current = new Sqlite(target, { timeout: 5000 });
      try {
        await current.backup(kept, { progress: ALL_PAGES });
      } finally {
        current.close();
      }
    }
    // Through SQLite, not by renaming files: a connection that is still open (--force) sees the
    // restored pages, and a -wal left beside the old file cannot be replayed onto the new one.
    const stagedDb = new Sqlite(staged, { readonly: true });
    try {
      await stagedDb.backup(target, { progress: ALL_PAGES });
    } finally {
      stagedDb.close();
    }
    const after = await verifyFile(target, env);
    if (!after.ok) throw new CliError(`restored, but the database does not verify now: ${describeProblems(after)}`);
    console.log(`restored ${backupFile} into ${target}: ${after.chain.entries} audit entries, chain and rows verified`);
    if (kept) console.log(`the database it replaced is kept as ${kept}`);
  } finally {
    cleanStaged();
  }
}
