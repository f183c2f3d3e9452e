/** @jsxRuntime automatic */
/** @jsxImportSource hono/jsx */
import type { MatrixPageData } from '../storage/dashboard-matrix';
import { Layout } from './layout';
import { Pager, type PageRequest } from './paging';

/**
 * Recipients × documents, one page of documents (columns) at a time: who has acknowledged (✓), who
 * has not (○), and where nothing was sent.
 */
export function MatrixPage(props: { data: MatrixPageData; at: PageRequest; signedIn: string; seq: number }) {
  const { items: docs, units } = props.data;
  const cell = new Map(props.data.cells.map((c) => [`${c.unitId}\u0000${c.documentId}`, c.acknowledged]));
  return (
    <Layout title="签收矩阵 Matrix" signedIn={props.signedIn} seq={props.seq}>
      <h1>签收矩阵 Acknowledgement matrix</h1>
      {units.length === 0 ? (
        <p class="empty">暂无传阅 Nothing circulated yet</p>
      ) : (
        <table class="matrix">
          <thead>
            <tr>
              <th>单位 Unit</th>
              {docs.map((d) => (
                <th title={d.title}>{d.title.length > 18 ? `${d.title.slice(0, 17)}…` : d.title}</th>
              ))}
            </tr>
          </thead>
          <tbody>
            {units.map((u) => (
              <tr data-unit-id={u.id}>
                <td>{u.name}</td>
                {docs.map((d) => {
                  const acked = cell.get(`${u.id}\u0000${d.id}`);
                  if (acked === undefined) return <td data-doc-id={d.id}></td>;
                  return (
                    <td data-doc-id={d.id} data-status={acked ? 'acknowledged' : 'pending'} class={acked ? '' : 'near-due'}>
                      {acked ? '✓ 已签收' : '○ 未签收'}
                    </td>
                  );
                })}
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <Pager path="/matrix" at={props.at} more={props.data.more} />
    </Layout>
  );
}
