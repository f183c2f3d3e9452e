import { parseArgs } from 'node:util';
import { openAuditedStorage } from '../storage/audit-open';
import { openMigratedStorage } from '../storage/open';
import type { Storage } from '../storage/types';
import { auditCheckpoint, auditHelp, auditVerify } from './commands/audit';
import { backup, backupHelp, restore } from './commands/backup';
import { devicesHelp, devicesList, devicesRevoke } from './commands/devices';
import { enroll, enrollHelp } from './commands/enroll';
import { unitsAlias, unitsHelp, unitsImport, unitsList } from './commands/units';
import { usersHelp, usersList, usersResetPassword, usersRevoke, usersSetPassword } from './commands/users';
import { CliError, usageError } from './errors';

const help = `Circulate admin

${unitsHelp}

${enrollHelp}

${usersHelp}

${devicesHelp}

${auditHelp}

${backupHelp}

Environment: DATABASE_URL (postgres://… for PostgreSQL), else CIRCULATE_DB (SQLite file, default ./data/circulate.db).`;

type Run = (storage: Storage) => Promise<void>;
/**
 * How a command reaches the database: `audited` (the default, for commands that write: checkpoints
 * signed with the audit key), `plain` (reads only; makes no key) or `file` (the SQLite file itself).
 */
type Command = { open: 'plain'; run: (storage: Storage, env: NodeJS.ProcessEnv) => Promise<void> } | { open: 'file'; run: (env: NodeJS.ProcessEnv) => Promise<void> };

/** Parses options strictly; anything unknown is a usage error with the command's help. */
function parsed<T>(help: string, parse: () => T): T {
  try {
    return parse();
  } catch (e) {
    throw usageError((e as Error).message, help);
  }
}

/** Works out what to run from the arguments, or prints help; nothing touches the database before. */
function plan(argv: string[]): Run | Command | string {
  const [group, ...rest] = argv;
  const wantsHelp = rest.includes('--help') || rest.includes('-h');
  switch (group) {
    case undefined:
    case '--help':
    case '-h':
    case 'help':
      return help;
    case 'units': {
      if (wantsHelp) return unitsHelp;
      const [sub, ...args] = rest;
      if (sub === 'import') {
        if (args.length !== 1) throw usageError('units import takes one CSV file', unitsHelp);
        return (s) => unitsImport(s, args[0]);
      }
      if (sub === 'list' && args.length === 0) return { open: 'plain', run: unitsList };
      if (sub === 'alias' && (args[0] === 'add' || args[0] === 'remove')) {
        if (args.length !== 3) throw usageError(`units alias ${args[0]} takes a unit and an alias`, unitsHelp);
        const op = args[0];
        return (s) => unitsAlias(s, op, args[1], args[2]);
      }
      throw usageError(`unknown units command "${rest.join(' ')}"`, unitsHelp);
    }
    case 'enroll': {
      if (wantsHelp) return enrollHelp;
      let values;
      try {
        ({ values } = parseArgs({
          args: rest,
          strict: true,
          options: { unit: { type: 'string' }, role: { type: 'string' }, name: { type: 'string' }, 'expires-hours': { type: 'string' } },
        }));
      } catch (e) {
        throw usageError((e as Error).message, enrollHelp);
      }
      const { unit, role, name } = values;
      if (!unit || !role) throw usageError('enroll needs --unit and --role', enrollHelp);
      return (s) => enroll(s, { unit, role, name, expiresHours: values['expires-hours'] });
    }
    case 'users':
      if (wantsHelp) return usersHelp;
      if (rest.length === 1 && rest[0] === 'list') return { open: 'plain', run: usersList };
      if (rest.length === 2 && rest[0] === 'revoke') return (s) => usersRevoke(s, rest[1]);
      if (rest.length === 2 && rest[0] === 'set-password') return (s) => usersSetPassword(s, rest[1]);
      if (rest[0] === 'reset-password' && rest.length >= 2) {
        const { values, positionals } = parsed(usersHelp, () => parseArgs({ args: rest.slice(1), strict: true, allowPositionals: true, options: { 'expires-hours': { type: 'string' } } }));
        if (positionals.length !== 1) throw usageError('users reset-password takes one user id', usersHelp);
        return (s) => usersResetPassword(s, positionals[0], values['expires-hours']);
      }
      throw usageError(`unknown users command "${rest.join(' ')}"`, usersHelp);
    case 'devices': {
      if (wantsHelp) return devicesHelp;
      const [sub, ...args] = rest;
      if (sub === 'list') {
        let values;
        try {
          ({ values } = parseArgs({ args, strict: true, options: { user: { type: 'string' } } }));
        } catch (e) {
          throw usageError((e as Error).message, devicesHelp);
        }
        const user = values.user;
        return { open: 'plain', run: (s) => devicesList(s, user) };
      }
      if (sub === 'revoke' && args.length === 1) return (s) => devicesRevoke(s, args[0]);
      throw usageError(`unknown devices command "${rest.join(' ')}"`, devicesHelp);
    }
    case 'audit': {
      if (wantsHelp) return auditHelp;
      const [sub, ...args] = rest;
      if (sub === 'verify') {
        const { values } = parsed(auditHelp, () => parseArgs({ args, strict: true, options: { checkpoint: { type: 'string' }, verbose: { type: 'boolean' } } }));
        return { open: 'plain', run: (s, env) => auditVerify(s, env, values) };
      }
      if (sub === 'checkpoint' && args.length === 0) return (s) => auditCheckpoint(s, false);
      if (sub === 'checkpoint' && args.length === 1 && args[0] === 'export') return (s) => auditCheckpoint(s, true);
      throw usageError(`unknown audit command "${rest.join(' ')}"`, auditHelp);
    }
    case 'backup':
    case 'restore': {
      if (wantsHelp) return backupHelp;
      const { values, positionals } = parsed(backupHelp, () =>
        parseArgs({ args: rest, strict: true, allowPositionals: true, options: { force: { type: 'boolean' } } }),
      );
      if (positionals.length !== 1) throw usageError(`${group} takes one FILE`, backupHelp);
      const file = positionals[0];
      const force = values.force === true;
      return { open: 'file', run: (env) => (group === 'backup' ? backup(env, file, force) : restore(env, file, force)) };
    }
    default:
      throw usageError(`unknown command "${group}"`, help);
  }
}

/** Runs one admin command; returns the exit code. Output goes to the console. */
export async function runAdmin(argv: string[], env: NodeJS.ProcessEnv = process.env): Promise<number> {
  let run: Run | Command | string;
  try {
    run = plan(argv);
  } catch (e) {
    if (!(e instanceof CliError)) throw e;
    console.error(`error: ${e.message}`);
    return e.exitCode;
  }
  if (typeof run === 'string') {
    console.log(run);
    return 0;
  }
  let storage: Storage | undefined;
  try {
    if (typeof run === 'function') {
      storage = await openAuditedStorage(env);
      await run(storage);
    } else if (run.open === 'plain') {
      storage = await openMigratedStorage(env);
      await run.run(storage, env);
    } else {
      await run.run(env);
    }
    return 0;
  } catch (e) {
    console.error(`error: ${e instanceof CliError ? e.message : (e as Error).message}`);
    return e instanceof CliError ? e.exitCode : 1;
  } finally {
    await storage?.close();
  }
}

