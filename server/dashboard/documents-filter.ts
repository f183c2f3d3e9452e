import type { Context } from 'hono';
import { z } from 'zod';
import { queryOf } from '../http/validate';
import type { DocumentFilter } from '../storage/overview';
import { bureau, startOfDay } from './locale';
import { lineText } from '../../shared/schemas/text';

const Day = z.string().regex(/^\d{4}-\d{2}-\d{2}$/);
const Blank = z.literal('').transform(() => undefined);

/** The progress list's filters from the query string (blank fields mean "any"); 400 when malformed. */
const FilterQuery = z.object({
  q: z.union([Blank, lineText(200).trim()]).optional(),
  issuer: z.union([Blank, lineText(200)]).optional(),
  unit: z.union([Blank, lineText(200)]).optional(),
  state: z.union([Blank, z.enum(['pending', 'acknowledged', 'none'])]).optional(),
  from: z.union([Blank, Day]).optional(),
  to: z.union([Blank, Day]).optional(),
});

export type FilterFields = z.infer<typeof FilterQuery>;

const nextDay = (ymd: string) => new Date(Date.parse(`${ymd}T00:00:00Z`) + 86_400_000).toISOString().slice(0, 10);

/** The fields as typed (to fill the form again) and the filter they ask for, days in the bureau's zone. */
export function documentFilterOf(c: Context): { fields: FilterFields; filter: DocumentFilter; query: string } {
  const fields = queryOf(c, FilterQuery.passthrough()) as FilterFields;
  const { timeZone } = bureau();
  const filter: DocumentFilter = {
    q: fields.q || undefined,
    issuer: fields.issuer,
    unit: fields.unit,
    state: fields.state,
    since: fields.from ? startOfDay(fields.from, timeZone) : undefined,
    until: fields.to ? startOfDay(nextDay(fields.to), timeZone) : undefined,
  };
  const kept = Object.entries(fields).filter(([k, v]) => k in FilterQuery.shape && typeof v === 'string' && v !== '');
  return { fields, filter, query: new URLSearchParams(kept as [string, string][]).toString() };
}
