import Dexie, { type IndexableType, type Table } from 'dexie';

/** Below this many keys, one point read a key costs less than the span's two requests. */
export const SPAN_MIN = 16;

/**
 * Rows of `table` whose `index` key lies between `lo` and `hi` (both included), in one request, or
 * undefined when there are more than `most` of them (the caller then reads key by key). A pulled
 * page holds documents made close together, and their ids are UUIDv7 (time first), so the span of
 * a page's ids mostly holds that page's own rows, or none at all on a first sync: a count and one
 * read instead of a read per row. An empty span costs the count alone.
 */
export async function rowsInSpan<T>(table: Table<T, unknown>, index: string, lo: IndexableType, hi: IndexableType, most: number): Promise<T[] | undefined> {
  const range = table.where(index).between(lo, hi, true, true);
  const n = await range.count();
  if (n === 0) return [];
  return n > most ? undefined : range.toArray();
}

/** The smallest and largest of some document ids (not empty). */
export function spanOf(ids: Iterable<string>): [lo: string, hi: string] {
  let lo: string | undefined;
  let hi: string | undefined;
  for (const id of ids) {
    if (lo === undefined || id < lo) lo = id;
    if (hi === undefined || id > hi) hi = id;
  }
  return [lo!, hi!];
}

/** The span of (document, unit) pairs whose document lies in [lo, hi], on a [documentId+unitId] index. */
export function pairSpan(lo: string, hi: string): [IndexableType, IndexableType] {
  return [
    [lo, Dexie.minKey],
    [hi, Dexie.maxKey],
  ];
}

/** How many rows a span may hold before reading it whole costs more than reading key by key. */
export const spanLimit = (keys: number) => 4 * keys + 100;

/**
 * `table.bulkGet(ids)`, skipped when no stored key lies in the span of the ids (one count): on a
 * first sync nothing a page brings is stored yet.
 */
export async function bulkGetSpanned<R>(table: Table<R, string>, ids: string[]): Promise<(R | undefined)[]> {
  if (ids.length >= SPAN_MIN) {
    const [lo, hi] = spanOf(ids);
    if ((await table.where(':id').between(lo, hi, true, true).count()) === 0) return ids.map(() => undefined);
  }
  return table.bulkGet(ids);
}
