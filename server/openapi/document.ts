import { z } from 'zod';
import { ApiError, routeTable, type RouteSpec } from './route-table';

type Json = Record<string, unknown>;

/** JSON Schema (2020-12, as OpenAPI 3.1 uses) of a zod schema, without the `$schema` line. */
function schemaOf(schema: z.ZodType, io: 'input' | 'output'): Json {
  const { $schema: _, ...rest } = z.toJSONSchema(schema, { io, unrepresentable: 'any' }) as Json;
  return rest;
}

const json = (schema: Json) => ({ content: { 'application/json': { schema } } });

function operation(r: RouteSpec): Json {
  const ok = { description: 'OK', ...json(schemaOf(r.response, 'output')) };
  const op: Json = { summary: r.summary, responses: Object.fromEntries([r.status, ...(r.alsoStatus ?? [])].map((s) => [s, ok])) };
  for (const s of r.errors) (op.responses as Json)[s] = { description: 'Error', ...json({ $ref: '#/components/schemas/ApiError' }) };
  if (r.bearer) op.security = [{ bearer: [] }];
  if (r.request) op.requestBody = { required: true, ...json(schemaOf(r.request, 'input')) };
  const params = (shape: z.ZodObject | undefined, where: 'query' | 'path') =>
    Object.entries(shape?.shape ?? {}).map(([name, s]) => ({
      name,
      in: where,
      required: where === 'path' || !(s as z.ZodType).safeParse(undefined).success,
      schema: schemaOf(s as z.ZodType, 'input'),
    }));
  const parameters = [...params(r.params, 'path'), ...params(r.query, 'query')];
  if (parameters.length) op.parameters = parameters;
  return op;
}

/** The OpenAPI document, generated from the route table and the shared zod schemas. */
export function openApiDocument(): Json {
  const paths: Record<string, Json> = {};
  for (const r of routeTable) (paths[r.path] ??= {})[r.method] = operation(r);
  return {
    openapi: '3.1.0',
    info: { title: 'Circulate sync service', version: '1' },
    paths,
    components: {
      schemas: { ApiError: schemaOf(ApiError, 'output') },
      securitySchemes: { bearer: { type: 'http', scheme: 'bearer' } },
    },
  };
}
