import { createHash, randomBytes } from 'node:crypto';
import { linkSync, mkdirSync, readFileSync, statSync, unlinkSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';

/**
 * The secret that signs audit checkpoints. It lives outside the database (a file beside the SQLite
 * file, AUDIT_KEY_FILE, or AUDIT_KEY), so whoever can rewrite the database cannot re-sign its head.
 */
export interface AuditKey {
  secret: Buffer;
  /** A short public fingerprint, stored with each checkpoint to tell keys apart. */
  id: string;
  /** Where it came from, for messages: a file path or "AUDIT_KEY". */
  source: string;
}

const MIN_LENGTH = 32;

export class AuditKeyError extends Error {}

const keyId = (secret: Buffer) => createHash('sha256').update('circulate-audit-key\n').update(secret).digest('hex').slice(0, 16);

function fromText(text: string, source: string): AuditKey {
  const secret = Buffer.from(text.trim(), 'utf8');
  if (secret.length < MIN_LENGTH) throw new AuditKeyError(`the audit key in ${source} is too short (at least ${MIN_LENGTH} characters)`);
  return { secret, id: keyId(secret), source };
}

/**
 * Where the key file is: AUDIT_KEY_FILE, else audit.key beside the SQLite file, else (PostgreSQL)
 * ./data/audit.key. Undefined when AUDIT_KEY holds the key itself or the database is in memory.
 */
export function auditKeyPath(env: NodeJS.ProcessEnv): string | undefined {
  if (env.AUDIT_KEY) return undefined;
  if (env.AUDIT_KEY_FILE) return resolve(env.AUDIT_KEY_FILE);
  const postgres = /^postgres(ql)?:\/\//.test(env.DATABASE_URL ?? '');
  const db = env.CIRCULATE_DB || './data/circulate.db';
  if (!postgres && db === ':memory:') return undefined;
  return resolve(postgres ? './data' : dirname(db), 'audit.key');
}

/** The key the environment names, or undefined when there is none yet. */
export function readAuditKey(env: NodeJS.ProcessEnv): AuditKey | undefined {
  if (env.AUDIT_KEY) return fromText(env.AUDIT_KEY, 'AUDIT_KEY');
  const path = auditKeyPath(env);
  if (!path) return undefined;
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw new AuditKeyError(`cannot read the audit key ${path}: ${(e as Error).message}`);
  }
  if (process.platform !== 'win32' && (statSync(path).mode & 0o077) !== 0) {
    console.warn(`warning: the audit key ${path} can be read by others; chmod 600 it`);
  }
  return fromText(text, path);
}

/**
 * Makes a new key file (mode 0600) where the environment says. When several instances start at
 * once, one makes it and the others read that one: the key is written whole to a file of this
 * process's own, then linked into place (a link fails when the name exists), so no instance ever
 * reads a key file half written.
 */
export function createAuditKey(env: NodeJS.ProcessEnv): AuditKey {
  const path = auditKeyPath(env);
  if (!path) {
    // An in-memory database lives as long as the process: so does its key.
    return { secret: randomBytes(32), id: 'ephemeral', source: 'memory' };
  }
  mkdirSync(dirname(path), { recursive: true });
  const draft = `${path}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`;
  try {
    writeFileSync(draft, randomBytes(32).toString('hex') + '\n', { flag: 'wx', mode: 0o600 });
    linkSync(draft, path);
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code !== 'EEXIST') throw new AuditKeyError(`cannot create the audit key ${path}: ${(e as Error).message}`);
  } finally {
    try {
      unlinkSync(draft);
    } catch {
      // Never written: nothing to remove.
    }
  }
  const key = readAuditKey(env);
  if (!key) throw new AuditKeyError(`cannot read the audit key just made at ${path}`);
  return key;
}
