import { randomBytes, scrypt, timingSafeEqual, type ScryptOptions } from 'node:crypto';

/** scrypt's cost (N = 2^15, r = 8, p = 1: ≈ 32 MiB and a tenth of a second a guess). */
const DEFAULT = { logN: 15, r: 8, p: 1 };
const KEY_BYTES = 32;

export const PASSWORD_MIN = 10;
export const PASSWORD_MAX = 200;

function derive(password: string, salt: Buffer, logN: number, r: number, p: number): Promise<Buffer> {
  const opts: ScryptOptions = { N: 2 ** logN, r, p, maxmem: 256 * 2 ** logN * r };
  return new Promise((done, fail) => scrypt(password.normalize('NFC'), salt, KEY_BYTES, opts, (e, key) => (e ? fail(e) : done(key))));
}

/** `scrypt$logN$r$p$salt$hash`: salted, with the parameters stored so they can be raised later. */
export async function hashPassword(password: string, cost = DEFAULT): Promise<string> {
  const salt = randomBytes(16);
  const key = await derive(password, salt, cost.logN, cost.r, cost.p);
  return ['scrypt', cost.logN, cost.r, cost.p, salt.toString('base64url'), key.toString('base64url')].join('$');
}

/** Whether `password` matches a stored hash (in constant time); a malformed hash matches nothing. */
export async function verifyPassword(password: string, stored: string): Promise<boolean> {
  const [kind, logN, r, p, salt, hash] = stored.split('$');
  const nums = [logN, r, p].map(Number);
  if (kind !== 'scrypt' || !salt || !hash || nums.some((n) => !Number.isInteger(n) || n < 1 || n > 22)) return false;
  const expected = Buffer.from(hash, 'base64url');
  const key = await derive(password, Buffer.from(salt, 'base64url'), nums[0], nums[1], nums[2]);
  return key.length === expected.length && timingSafeEqual(key, expected);
}

/** A hash to compare against when the name is unknown, so both answers take as long. */
let decoy: Promise<string> | undefined;
export const decoyHash = () => (decoy ??= hashPassword(randomBytes(12).toString('hex')));
