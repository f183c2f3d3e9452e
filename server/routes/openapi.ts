import { Hono } from 'hono';
import type { AppEnv } from '../http/env';
import { openApiDocument } from '../openapi/document';

let cached: ReturnType<typeof openApiDocument> | undefined;

export const openApiRoutes = new Hono<AppEnv>().get('/openapi.json', (c) => c.json((cached ??= openApiDocument())));
