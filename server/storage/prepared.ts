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

const inserts = new Map<string, ReturnType<typeof prepared>>();

/**
 * Inserts rows into a table in one statement, prepared once per table, columns and row count.
 * A column missing from some row is inserted as null there.
 */
export function insertRows(db: Db, table: keyof Database, rows: readonly Record<string, unknown>[]): Promise<QueryResult<unknown>> {
  const cols = [...new Set(rows.flatMap((r) => Object.keys(r)))];
  const key = `${table}(${cols.join(',')})x${rows.length}`;
  let insert = inserts.get(key);
  if (!insert) {
    insert = prepared(cols.length * rows.length, (d, ...a) =>
      d.insertInto(table).values(rows.map((_, i) => Object.fromEntries(cols.map((c, j) => [c, a[i * cols.length + j]]))) as never),
    );
    inserts.set(key, insert);
  }
  return insert(db, ...rows.flatMap((r) => cols.map((c) => r[c] ?? null)));
}
