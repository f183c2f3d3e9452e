/** @jsxRuntime automatic */
/** @jsxImportSource hono/jsx */
import type { Context } from 'hono';
import { z } from 'zod';
import { queryOf } from '../http/validate';
import type { Slice } from '../storage/overview';
import { tr, type Lang } from './locale';

/** Rows per page of each dashboard list; `?size=` may ask for another, up to MAX_SIZE. */
export const PAGE_SIZE = { documents: 50, matrix: 40, tasks: 100 } as const;
export const MAX_SIZE = 200;

const PageQuery = z.object({
  page: z.coerce.number().int().min(1).max(1_000_000).default(1),
  size: z.coerce.number().int().min(1).max(MAX_SIZE).optional(),
});

export interface PageRequest extends Slice {
  page: number;
  /** The size the caller asked for, kept in the page links. */
  size?: number;
}

/** `?page=N&size=M` checked (a bad value is a 400 JSON error) and turned into an offset. */
export function pageRequest(c: Context, defaultSize: number): PageRequest {
  const { page, size } = queryOf(c, PageQuery);
  const limit = size ?? defaultSize;
  return { page, size, limit, offset: (page - 1) * limit };
}

/** Previous / next links; nothing when everything fits on one page. */
export function Pager(props: { path: string; at: PageRequest; more: boolean; query?: string; lang: Lang }) {
  const { page, size } = props.at;
  const { lang } = props;
  if (page === 1 && !props.more) return null;
  const href = (n: number) => `${props.path}?${props.query ? `${props.query}&` : ''}page=${n}${size ? `&size=${size}` : ''}`;
  return (
    <nav class="pager" aria-label={tr(lang, '分页', 'Pages')}>
      {page > 1 && (
        <a rel="prev" href={href(page - 1)}>
          ← {tr(lang, '上一页', 'Previous')}
        </a>
      )}
      <span data-page={String(page)}>
        {tr(lang, `第 ${page} 页`, `Page ${page}`)}
      </span>
      {props.more && (
        <a rel="next" href={href(page + 1)}>
          {tr(lang, '下一页', 'Next')} →
        </a>
      )}
    </nav>
  );
}
