/** @jsxRuntime automatic */
/** @jsxImportSource hono/jsx */
import type { MatrixPageData } from '../storage/dashboard-matrix';
import { Layout, type Viewer } from './layout';
import { tr, type Lang } from './locale';
import { Pager, type PageRequest } from './paging';

/**
 * Recipients × documents, one page of documents (columns) at a time: who has acknowledged (✓), who
 * has read without acknowledging (◐), who has done neither (○), and where nothing was sent.
 */
export function MatrixPage(props: { data: MatrixPageData; at: PageRequest; signedIn: Viewer; seq: number; lang?: Lang }) {
  const lang = props.lang ?? 'zh';
  const { items: docs, units } = props.data;
  const cell = new Map(props.data.cells.map((c) => [`${c.unitId}\u0000${c.documentId}`, c]));
  return (
    <Layout title={tr(lang, '签收矩阵', 'Acknowledgement matrix')} lang={lang} signedIn={props.signedIn} seq={props.seq} back="/matrix">
      <h1>{tr(lang, '签收矩阵', 'Acknowledgement matrix')}</h1>
      <p class="meta">{tr(lang, '✓ 已签收　◐ 已读未签收　○ 未读', '✓ acknowledged · ◐ read, not acknowledged · ○ unread')}</p>
      {units.length === 0 ? (
        <p class="empty">{tr(lang, '暂无传阅', 'Nothing circulated yet')}</p>
      ) : (
        <table class="matrix">
          <thead>
            <tr>
              <th scope="col">{tr(lang, '单位', 'Unit')}</th>
              {docs.map((d) => (
                <th scope="col" title={d.title}>{d.title.length > 18 ? `${d.title.slice(0, 17)}…` : d.title}</th>
              ))}
            </tr>
          </thead>
          <tbody>
            {units.map((u) => (
              <tr data-unit-id={u.id}>
                <td>{u.name}</td>
                {docs.map((d) => {
                  const c = cell.get(`${u.id}\u0000${d.id}`);
                  if (c === undefined) return <td data-doc-id={d.id}></td>;
                  const text = c.acknowledged ? `✓ ${tr(lang, '已签收', 'Acknowledged')}` : c.read ? `◐ ${tr(lang, '已读未签收', 'Read, not acknowledged')}` : `○ ${tr(lang, '未读', 'Unread')}`;
                  return (
                    <td data-doc-id={d.id} data-status={c.acknowledged ? 'acknowledged' : 'pending'} data-read={c.read ? 'read' : 'unread'} class={c.acknowledged ? '' : c.read ? 'read' : 'near-due'}>
                      {text}
                    </td>
                  );
                })}
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <Pager path="/matrix" at={props.at} more={props.data.more} lang={lang} />
    </Layout>
  );
}
