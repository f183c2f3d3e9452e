import type { Compilable, CompiledQuery, Kysely, QueryResult } from 'kysely';
import type { Database } from './types';

// Building a query with Kysely costs far more than running a small one: on the push path, where a
// batch runs the same few statements hundreds of times, most of the time went to building and
// compiling them. A prepared query is built and compiled once per dialect, with a stand-in for
// each argument, then run with the arguments put in the stand-ins' places.

type Db = Kysely<Database>;

/** A unique value no caller passes, so each argument's place in the parameters can be found. */
const standIn = (i: number) => `\u0000prepared-argument-${i}\u0000`;

interface Compiled {
  query: CompiledQuery;
  /** For each parameter, the argument it takes (a number), or its constant value as built. */
  places: ({ arg: number } | { value: unknown })[];
}

/**
 * A query built once per dialect by `build` from `arity` scalar arguments (strings, numbers, null;
 * not lists, whose length would change the SQL). Returns a function that runs it with arguments.
 */
// The arguments are typed `never` in `build` so a stand-in fits any column's type.
export function prepared<R>(arity: number, build: (db: Db, ...args: never[]) => Compilable<R>) {
  const byAdapter = new WeakMap<object, Compiled>();
  const compile = (db: Db): Compiled => {
    const adapter = db.getExecutor().adapter;
    let c = byAdapter.get(adapter);
    if (!c) {
      const args = Array.from({ length: arity }, (_, i) => standIn(i));
      const index = new Map(args.map((a, i) => [a, i]));
      const query = build(db, ...(args as never[])).compile();
      const places = query.parameters.map((p) => {
        const arg = typeof p === 'string' ? index.get(p) : undefined;
        return arg !== undefined ? { arg } : { value: p };
      });
      const used = new Set(places.flatMap((p) => ('arg' in p ? [p.arg] : [])));
      if (used.size !== arity) throw new Error(`a prepared query uses ${used.size} of its ${arity} arguments as parameters`);
      c = { query, places };
      byAdapter.set(adapter, c);
    }
    return c;
  };
  return async (db: Db, ...args: unknown[]): Promise<QueryResult<R>> => {
    const { query, places } = compile(db);
    const parameters = places.map((p) => ('arg' in p ? args[p.arg] : p.value));
    return db.executeQuery<R>({ ...query, parameters } as CompiledQuery<R>);
  };
}

/**
 * A query over a list of values (`where x in (…)`), prepared once per list length: `build` gets
 * `fixed` scalar arguments, then the list. Returns a function that runs it with both.
 */
export function preparedList<R>(fixed: number, build: (db: Db, args: never[], list: never[]) => Compilable<R>) {
  const byLength = new Map<number, ReturnType<typeof prepared<R>>>();
  return (db: Db, args: readonly unknown[], list: readonly unknown[]): Promise<QueryResult<R>> => {
    let q = byLength.get(list.length);
    if (!q) {
      q = prepared<R>(fixed + list.length, (d, ...all) => build(d, all.slice(0, fixed), all.slice(fixed)));
      byLength.set(list.length, q);
    }
    return q(db, ...args, ...list);
  };
}

/** A multi-row insert compiled once: its SQL, and whether its parameters are the rows' values in order. */
interface CompiledInsert {
  query: CompiledQuery;
  /** True when parameter i is value i of the row-major values (as Kysely compiles an insert); else `places`. */
  inOrder: boolean;
  places: Compiled['places'];
}

const inserts = new WeakMap<object, Map<string, CompiledInsert>>();

/**
 * Inserts rows into a table in one statement, compiled once per dialect, table, columns and row
 * count. A column missing from some row is inserted as null there. On the push path this runs
 * for hundreds of rows a batch, so the parameters are gathered in one pass, without a builder.
 */
export function insertRows(db: Db, table: keyof Database, rows: readonly Record<string, unknown>[]): Promise<QueryResult<unknown>> {
  const seen = new Set<string>();
  const cols: string[] = [];
  for (const r of rows) {
    for (const k in r) {
      if (!seen.has(k)) {
        seen.add(k);
        cols.push(k);
      }
    }
  }
  const adapter = db.getExecutor().adapter;
  let byKey = inserts.get(adapter);
  if (!byKey) inserts.set(adapter, (byKey = new Map()));
  const key = `${table}(${cols.join(',')})x${rows.length}`;
  let c = byKey.get(key);
  if (!c) {
    const n = cols.length * rows.length;
    const args = Array.from({ length: n }, (_, i) => standIn(i));
    const index = new Map(args.map((a, i) => [a, i]));
    const query = db.insertInto(table).values(rows.map((_, i) => Object.fromEntries(cols.map((col, j) => [col, args[i * cols.length + j]]))) as never).compile();
    const places = query.parameters.map((p) => {
      const arg = typeof p === 'string' ? index.get(p) : undefined;
      return arg !== undefined ? { arg } : { value: p };
    });
    const inOrder = places.length === n && places.every((p, i) => 'arg' in p && p.arg === i);
    c = { query, inOrder, places };
    byKey.set(key, c);
  }
  const values: unknown[] = new Array(cols.length * rows.length);
  let v = 0;
  for (const r of rows) for (const col of cols) values[v++] = r[col] ?? null;
  const parameters = c.inOrder ? values : c.places.map((p) => ('arg' in p ? values[p.arg] : p.value));
  return db.executeQuery({ ...c.query, parameters } as CompiledQuery<unknown>);
}
