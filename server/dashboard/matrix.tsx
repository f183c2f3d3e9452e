/** @jsxRuntime automatic */
/** @jsxImportSource hono/jsx */
import type { UnitRecord } from '../../shared/schemas';
import type { DocumentProgress } from '../storage/overview';
import { Layout } from './layout';

/** Recipients × documents: who has acknowledged (✓), who has not (○), and where nothing was sent. */
export function MatrixPage(props: { docs: DocumentProgress[]; units: UnitRecord[]; signedIn: string; seq: number }) {
  const involved = props.units.filter((u) => props.docs.some((d) => d.units.some((x) => x.unitId === u.id)));
  return (
    <Layout title="签收矩阵 Matrix" signedIn={props.signedIn} seq={props.seq}>
      <h1>签收矩阵 Acknowledgement matrix</h1>
      {involved.length === 0 ? (
        <p class="empty">暂无传阅 Nothing circulated yet</p>
      ) : (
        <table class="matrix">
          <thead>
            <tr>
              <th>单位 Unit</th>
              {props.docs.map((d) => (
                <th title={d.title}>{d.title.length > 18 ? `${d.title.slice(0, 17)}…` : d.title}</th>
              ))}
            </tr>
          </thead>
          <tbody>
            {involved.map((u) => (
              <tr data-unit-id={u.id}>
                <td>{u.name}</td>
                {props.docs.map((d) => {
                  const p = d.units.find((x) => x.unitId === u.id);
                  if (!p) return <td data-doc-id={d.id}></td>;
                  const status = p.ackAt ? 'acknowledged' : 'pending';
                  return (
                    <td data-doc-id={d.id} data-status={status} class={p.ackAt ? '' : 'near-due'}>
                      {p.ackAt ? '✓ 已签收' : '○ 未签收'}
                    </td>
                  );
                })}
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </Layout>
  );
}
