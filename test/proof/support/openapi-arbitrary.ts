// Requests generated from the service's own OpenAPI document: values shaped by each route's JSON
// Schema, with hostile values mixed in at every level (NUL and control characters, numbers past
// 2^31 and 2^63, very long strings, wrong types).
import fc from 'fast-check';

type Schema = Record<string, any>;

/** Values no schema allows, or that engines store differently: each must get a 4xx, never a 5xx. */
export const HOSTILE: unknown[] = [
  '\u0000',
  'a\u0000b',
  '\u0001\u0002\u0007\u001b\u001f\u007f',
  '\ud800', // a lone surrogate
  'x'.repeat(70_000),
  '名'.repeat(20_000),
  '',
  ' ',
  "'; DROP TABLE changes; --",
  '../../etc/passwd',
  '1e400',
  'NaN',
  2 ** 31,
  2 ** 31 - 1,
  -(2 ** 31) - 1,
  2 ** 53 + 2,
  2 ** 63,
  -(2 ** 63),
  2 ** 64,
  1e308,
  -1,
  0.5,
  [],
  {},
  [null],
  { $ne: null },
  true,
  null,
];

export interface Context {
  /** Ids the service knows (documents, tasks, circulations), so generated mutations reach deep. */
  ids: string[];
  /** Strings the service knows (unit ids), for free-text fields that name things. */
  names: string[];
}

const hostile = fc.constantFrom(...HOSTILE);

/** An arbitrary for one JSON Schema node of the document `doc`; hostile values replace a valid one now and then. */
export function fromSchema(doc: Schema, schema: Schema, ctx: Context, depth = 0): fc.Arbitrary<unknown> {
  // Rarer deep down, so a big body (a document's draft) is often valid all through and reaches storage.
  return fc.oneof({ weight: depth < 3 ? 30 : 400, arbitrary: shaped(doc, schema, ctx, depth) }, { weight: 1, arbitrary: hostile });
}

function shaped(doc: Schema, s: Schema, ctx: Context, depth: number): fc.Arbitrary<unknown> {
  if (s.$ref) return shaped(doc, resolveRef(doc, s.$ref), ctx, depth);
  const alts = s.oneOf ?? s.anyOf;
  if (alts) return fc.oneof(...alts.map((a: Schema) => fromSchema(doc, a, ctx, depth + 1)));
  if ('const' in s) return fc.constant(s.const);
  if (s.enum) return fc.constantFrom(...s.enum);
  if (Array.isArray(s.type)) return fc.oneof(...s.type.map((t: string) => shaped(doc, { ...s, type: t }, ctx, depth)));
  switch (s.type) {
    case 'object': {
      const props = Object.entries((s.properties ?? {}) as Record<string, Schema>);
      if (!props.length || depth > 6) return fc.dictionary(fc.string({ maxLength: 8 }), fc.jsonValue({ maxDepth: 1 }), { maxKeys: 3 });
      const record = fc.record(Object.fromEntries(props.map(([k, v]) => [k, fromSchema(doc, v, ctx, depth + 1)])), {
        requiredKeys: (s.required ?? []).filter((k: string) => props.some(([p]) => p === k)),
      });
      // Sometimes a required field goes missing or an unknown one comes along.
      return fc.oneof(
        { weight: 40, arbitrary: record },
        { weight: 1, arbitrary: record.chain((r) => fc.constantFrom(...Object.keys(r), '__proto__').map((k) => omit(r as object, k))) },
        { weight: 1, arbitrary: record.map((r) => ({ ...(r as object), unexpected: 'field' })) },
      );
    }
    case 'array': {
      const max = Math.min(s.maxItems ?? 4, 4);
      return fc.array(fromSchema(doc, s.items ?? {}, ctx, depth + 1), { minLength: Math.min(s.minItems ?? 0, max), maxLength: max });
    }
    case 'string':
      return stringOf(s, ctx);
    case 'integer':
      return fc.oneof(
        fc.integer({ min: Math.max(s.minimum ?? -1000, -(2 ** 31)), max: Math.min(s.maximum ?? 100_000, 2 ** 31 - 1) }),
        fc.constantFrom(s.minimum ?? 0, s.maximum ?? 2 ** 31, (s.maximum ?? 2 ** 31) + 1, (s.minimum ?? 0) - 1),
      );
    case 'number':
      return fc.oneof(fc.double({ min: s.minimum ?? -1e6, max: s.maximum ?? 1e6, noNaN: true }), fc.constantFrom(s.minimum ?? 0, s.maximum ?? 1));
    case 'boolean':
      return fc.boolean();
    case 'null':
      return fc.constant(null);
    default:
      return fc.jsonValue({ maxDepth: 2 });
  }
}

function stringOf(s: Schema, ctx: Context): fc.Arbitrary<string> {
  const maxLength = Math.min(s.maxLength ?? 60, 60);
  const minLength = Math.min(s.minLength ?? 0, maxLength);
  if (s.format === 'uuid') {
    return fc.oneof({ weight: 6, arbitrary: fc.constantFrom(...ctx.ids) }, { weight: 6, arbitrary: fc.uuid() }, { weight: 1, arbitrary: fc.string({ maxLength: 40 }) });
  }
  if (s.format === 'date-time') {
    return fc.oneof(
      { weight: 12, arbitrary: fc.date({ min: new Date('1970-01-01'), max: new Date('2100-01-01'), noInvalidDate: true }).map((d) => d.toISOString()) },
      { weight: 1, arbitrary: fc.string({ maxLength: 30 }) },
    );
  }
  const plain = fc.string({ minLength, maxLength, unit: 'grapheme' });
  if (s.pattern) {
    try {
      return fc.oneof({ weight: 6, arbitrary: fc.stringMatching(new RegExp(s.pattern)) }, { weight: 1, arbitrary: plain });
    } catch {
      return plain;
    }
  }
  return fc.oneof({ weight: 3, arbitrary: plain }, { weight: 1, arbitrary: fc.constantFrom(...ctx.names) });
}

function resolveRef(doc: Schema, ref: string): Schema {
  return ref
    .replace(/^#\//, '')
    .split('/')
    .reduce((node: any, part) => node?.[part], doc) ?? {};
}

function omit(o: object, key: string) {
  const copy = { ...(o as Record<string, unknown>) };
  delete copy[key];
  return copy;
}
