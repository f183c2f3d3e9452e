import { z } from 'zod';
import {
  ApiError, EnrollRequest, EnrollResponse, PullQuery, PullResponse, PushRequest, PushResponse, UnitRecord,
} from '../../shared/schemas';
import { AuditQuery, AuditResponse } from '../routes/audit';
import { AliasRequest, AliasResponse, ProposalList, ResolveQuery, ResolveResponse, UnitIdParam } from '../routes/units';

/** One JSON route of the service, described by the zod schemas it validates with. */
export interface RouteSpec {
  method: 'get' | 'post';
  path: string;
  summary: string;
  bearer?: boolean;
  query?: z.ZodObject;
  /** Path parameters, named as in `path` (`{id}`). */
  params?: z.ZodObject;
  request?: z.ZodType;
  status: number;
  /** Other success statuses with the same body. */
  alsoStatus?: number[];
  response: z.ZodType;
  errors: number[];
}

export const Health = z.object({ ok: z.literal(true) });
export const UnitList = z.object({ units: z.array(UnitRecord) });
export { ApiError };

export const routeTable: RouteSpec[] = [
  { method: 'get', path: '/healthz', summary: 'Liveness check', status: 200, response: Health, errors: [] },
  {
    method: 'post', path: '/api/enroll', summary: 'Enroll a device with a single-use code',
    request: EnrollRequest, status: 201, response: EnrollResponse, errors: [400, 401, 413, 422, 429],
  },
  {
    method: 'post', path: '/sync/push', summary: 'Apply a batch of mutations, each once', bearer: true,
    request: PushRequest, status: 200, response: PushResponse, errors: [400, 401, 413, 422],
  },
  {
    method: 'get', path: '/sync/pull', summary: 'Changes the caller may see after a cursor', bearer: true,
    query: PullQuery, status: 200, response: PullResponse, errors: [400, 401],
  },
  {
    method: 'get', path: '/api/audit', summary: 'The newest audit entries (supervisors and admins)', bearer: true,
    query: AuditQuery, status: 200, response: AuditResponse, errors: [400, 401, 403],
  },
  { method: 'get', path: '/api/units', summary: 'The directory of units', bearer: true, status: 200, response: UnitList, errors: [401] },
  {
    method: 'get', path: '/api/units/resolve', summary: 'The unit a name means: matched (a name it holds), guessed (short form, likeness) or unknown, with ranked candidates', bearer: true,
    query: ResolveQuery, status: 200, response: ResolveResponse, errors: [400, 401],
  },
  {
    method: 'get', path: '/api/units/proposals', summary: "Units proposed by clerks and the admins' decisions (a clerk sees their unit's)", bearer: true,
    status: 200, response: ProposalList, errors: [401, 403],
  },
  {
    method: 'post', path: '/api/units/{id}/aliases', summary: "Record another name for a unit (clerks and admins); 201 when added, 200 when it had it",
    bearer: true, params: UnitIdParam, request: AliasRequest, status: 201, alsoStatus: [200], response: AliasResponse, errors: [400, 401, 403, 404, 409, 422],
  },
];
