import type { Context } from 'hono';
import { HTTPException } from 'hono/http-exception';
import type { ContentfulStatusCode } from 'hono/utils/http-status';
import type { z } from 'zod';

/** An error meant for the client: its status, a stable code and a message a person can read. */
export class ApiError extends Error {
  constructor(
    readonly status: ContentfulStatusCode,
    readonly code: string,
    message: string,
    readonly issues?: unknown[],
  ) {
    super(message);
  }
}

/** zod issues in the error body: where and what, without echoing the input back. */
export const issuesOf = (error: z.ZodError) =>
  error.issues.map((i) => ({ path: i.path.map(String).join('.'), code: i.code, message: i.message }));

export function errorBody(code: string, message: string, issues?: unknown[]) {
  return { error: issues ? { code, message, issues } : { code, message } };
}

/** Hono's onError: client errors keep their status; anything else is a 500 without details. */
export function handleError(err: Error, c: Context, log?: (line: string) => void) {
  if (err instanceof ApiError) return c.json(errorBody(err.code, err.message, err.issues), err.status);
  if (err instanceof HTTPException) {
    const status = err.status as ContentfulStatusCode;
    return c.json(errorBody(status === 403 ? 'forbidden' : 'http_error', err.message || 'request refused'), status);
  }
  log?.(`error: ${err.stack ?? err.message}`);
  return c.json(errorBody('internal', 'the service failed to handle this request'), 500);
}

export const notFound = (c: Context) => c.json(errorBody('not_found', `no route for ${c.req.method} ${c.req.path}`), 404);

export const tooLarge = (c: Context) => c.json(errorBody('too_large', 'the request body is too large'), 413);
