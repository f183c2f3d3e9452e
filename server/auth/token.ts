import { createHash, randomBytes, randomInt } from 'node:crypto';

/** A bearer token or session id: 32 random bytes, base64url. Only its hash is stored. */
export const newToken = () => randomBytes(32).toString('base64url');

export const sha256 = (s: string) => createHash('sha256').update(s, 'utf8').digest('hex');

// Enrollment codes are typed by people: no 0/O, 1/I/L, grouped in fours; 16 symbols of 31 ≈ 79 bits.
const ALPHABET = 'ABCDEFGHJKMNPQRSTUVWXYZ23456789';

export function newEnrollmentCode(): string {
  const chars = Array.from({ length: 16 }, () => ALPHABET[randomInt(ALPHABET.length)]);
  return [0, 4, 8, 12].map((i) => chars.slice(i, i + 4).join('')).join('-');
}

/** The code as stored: case, spaces and dashes don't matter when typing it. */
export const hashEnrollmentCode = (code: string) => sha256(code.toUpperCase().replace(/[\s-]+/g, ''));
