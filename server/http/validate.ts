import type { Context } from 'hono';
import type { z } from 'zod';
import { ApiError, issuesOf } from './errors';

/** The JSON body checked against `schema`: 400 when it is not JSON, 422 when it doesn't fit. */
export async function jsonBody<S extends z.ZodType>(c: Context, schema: S): Promise<z.output<S>> {
  let raw: unknown;
  try {
    raw = JSON.parse(await c.req.text());
  } catch {
    throw new ApiError(400, 'invalid_json', 'the request body is not valid JSON');
  }
  const parsed = schema.safeParse(raw);
  if (!parsed.success) throw new ApiError(422, 'invalid_body', 'the request body does not match the expected shape', issuesOf(parsed.error));
  return parsed.data;
}

/** The query string checked against `schema` (400 when it doesn't fit). */
export function queryOf<S extends z.ZodType>(c: Context, schema: S): z.output<S> {
  const parsed = schema.safeParse(c.req.query());
  if (!parsed.success) throw new ApiError(400, 'invalid_query', 'the query parameters are not valid', issuesOf(parsed.error));
  return parsed.data;
}

/** The path parameters checked against `schema` (400 when they don't fit, e.g. a NUL byte in an id). */
export function paramsOf<S extends z.ZodType>(c: Context, schema: S): z.output<S> {
  const parsed = schema.safeParse(c.req.param());
  if (!parsed.success) throw new ApiError(400, 'invalid_path', 'the path parameters are not valid', issuesOf(parsed.error));
  return parsed.data;
}

/** A submitted form's fields (400 when the body cannot be read as a form). */
export async function formFields(c: Context): Promise<Record<string, unknown>> {
  try {
    return (await c.req.parseBody()) as Record<string, unknown>;
  } catch {
    throw new ApiError(400, 'invalid_form', 'the form could not be read');
  }
}
