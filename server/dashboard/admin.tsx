/** @jsxRuntime automatic */
/** @jsxImportSource hono/jsx */
import { Role, type UnitProposalRecord, type UnitRecord } from '../../shared/schemas';
import type { UserRow } from '../storage/users';
import { ProposalsSection } from './admin-proposals';
import { Layout } from './layout';
import { roleLabel } from './status-labels';

export interface IssuedCode {
  code: string;
  role: string;
  unitName: string;
  expiresAt: string;
}

/** Admin: the directory, the users with a revoke button, and a form that makes an enrollment code. */
export function AdminPage(props: {
  units: UnitRecord[];
  users: UserRow[];
  proposals?: UnitProposalRecord[];
  signedIn: string; issued?: IssuedCode; error?: string; notice?: string }) {
  return (
    <Layout title="管理 Admin" signedIn={props.signedIn}>
      <h1>管理 Administration</h1>
      {props.issued && (
        <p class="ok" role="status">
          一次性登记码 Single-use code ({roleLabel(props.issued.role)}, {props.issued.unitName}, expires {props.issued.expiresAt}):{' '}
          <strong data-code={props.issued.code}>{props.issued.code}</strong>
        </p>
      )}
      {props.error && <p class="error" role="alert">{props.error}</p>}
      {props.notice && <p class="ok" role="status">{props.notice}</p>}

      <ProposalsSection proposals={props.proposals ?? []} units={props.units} />

      <h2>生成登记码 Make an enrollment code</h2>
      <form method="post" action="/admin/codes">
        <label>
          单位 Unit{' '}
          <select name="unitId" required>
            {props.units.map((u) => (
              <option value={u.id}>{u.name}</option>
            ))}
          </select>
        </label>{' '}
        <label>
          角色 Role{' '}
          <select name="role">
            {Role.options.map((r) => (
              <option value={r}>{roleLabel(r)}</option>
            ))}
          </select>
        </label>{' '}
        <label>
          姓名 Name <input name="name" maxlength={200} />
        </label>{' '}
        <button type="submit">生成 Make code</button>
      </form>

      <h2>用户 Users</h2>
      <table>
        <thead>
          <tr>
            <th>姓名 Name</th>
            <th>角色 Role</th>
            <th>单位 Unit</th>
            <th>设备 Devices</th>
            <th>操作 <span lang="en">Actions</span></th>
          </tr>
        </thead>
        <tbody>
          {props.users.map((u) => (
            <tr data-user-id={u.id}>
              <td>{u.name}</td>
              <td>{roleLabel(u.role)}</td>
              <td title={u.unitId}>{props.units.find((x) => x.id === u.unitId)?.name ?? u.unitId}</td>
              <td>{u.devices}</td>
              <td>
                <form method="post" action={`/admin/users/${encodeURIComponent(u.id)}/revoke`} class="inline">
                  <button type="submit">吊销 Revoke</button>
                </form>
              </td>
            </tr>
          ))}
        </tbody>
      </table>

      <h2>单位 Units</h2>
      <form method="post" action="/admin/units" id="add-unit">
        <label>
          ID <input name="id" required maxlength={100} pattern="[A-Za-z0-9][A-Za-z0-9._\-]*" />
        </label>{' '}
        <label>
          名称 Name <input name="name" required maxlength={200} />
        </label>{' '}
        <button type="submit">新增单位 Add unit</button>
      </form>
      <table>
        <thead>
          <tr>
            <th>ID</th>
            <th>名称 Name</th>
            <th>别名 Aliases</th>
            <th>改名 Rename</th>
          </tr>
        </thead>
        <tbody>
          {props.units.map((u) => (
            <tr data-unit-id={u.id}>
              <td>{u.id}</td>
              <td>{u.name}</td>
              <td>{u.aliases.join('、')}</td>
              <td>
                <form method="post" action="/admin/units" class="inline">
                  <input type="hidden" name="id" value={u.id} />
                  <input name="name" value={u.name} required maxlength={200} aria-label={`新名称 New name of ${u.id}`} />{' '}
                  <button type="submit">改名 Rename</button>
                </form>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </Layout>
  );
}
