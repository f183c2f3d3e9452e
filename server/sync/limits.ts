import { DEFAULT_PAGE_BYTES, MAX_PAGE_BYTES } from '../storage/feed';
import type { PushLimits } from './outcome';

const positive = (v: string | undefined, fallback: number, name: string): number => {
  if (v === undefined || v === '') return fallback;
  const n = Number(v);
  if (!Number.isSafeInteger(n) || n <= 0) throw new Error(`${name} must be a whole number of bytes, not "${v}"`);
  return n;
};

/** A document's largest record by default: 2 MB of JSON. */
export const DEFAULT_DOCUMENT_BYTES = 2 * 1024 * 1024;

export const DEFAULT_LIMITS: PushLimits = { maxDocumentBytes: DEFAULT_DOCUMENT_BYTES };

/** MAX_DOCUMENT_BYTES: the largest document a push may store, in bytes of JSON. */
export const pushLimits = (env: NodeJS.ProcessEnv = process.env): PushLimits => ({
  maxDocumentBytes: positive(env.MAX_DOCUMENT_BYTES, DEFAULT_DOCUMENT_BYTES, 'MAX_DOCUMENT_BYTES'),
});

/** MAX_PULL_PAGE_BYTES: a pull page's byte budget (4 MB by default, never over 8 MB). */
export const pullPageBytes = (env: NodeJS.ProcessEnv = process.env): number =>
  Math.min(positive(env.MAX_PULL_PAGE_BYTES, DEFAULT_PAGE_BYTES, 'MAX_PULL_PAGE_BYTES'), MAX_PAGE_BYTES);
