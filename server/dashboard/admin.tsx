/** @jsxRuntime automatic */
/** @jsxImportSource hono/jsx */
import { Role, type UnitProposalRecord, type UnitRecord } from '../../shared/schemas';
import type { UserRow } from '../storage/users';
import { ProposalsSection } from './admin-proposals';
import { Layout, type Viewer } from './layout';
import { showTime, tr, type Lang } from './locale';
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
  signedIn: Viewer; issued?: IssuedCode; error?: string; notice?: string; lang: Lang }) {
  const { lang } = props;
  return (
    <Layout title={tr(lang, '管理', 'Administration')} lang={lang} signedIn={props.signedIn} back="/admin">
      <h1>{tr(lang, '管理', 'Administration')}</h1>
      {props.issued && (
        <p class="ok" role="status">
          {tr(lang, '一次性登记码', 'Single-use code')} ({roleLabel(props.issued.role, lang)}, {props.issued.unitName}, {tr(lang, '有效期至', 'expires')} {showTime(props.issued.expiresAt, lang)}):{' '}
          <strong data-code={props.issued.code}>{props.issued.code}</strong>
        </p>
      )}
      {props.error && <p class="error" role="alert">{props.error}</p>}
      {props.notice && <p class="ok" role="status">{props.notice}</p>}

      <ProposalsSection proposals={props.proposals ?? []} units={props.units} lang={lang} />

      <h2>{tr(lang, '生成登记码', 'Make an enrollment code')}</h2>
      <form method="post" action="/admin/codes">
        <label>
          {tr(lang, '单位', 'Unit')}{' '}
          <select name="unitId" required>
            {props.units.map((u) => (
              <option value={u.id}>{u.name}</option>
            ))}
          </select>
        </label>{' '}
        <label>
          {tr(lang, '角色', 'Role')}{' '}
          <select name="role">
            {Role.options.map((r) => (
              <option value={r}>{roleLabel(r, lang)}</option>
            ))}
          </select>
        </label>{' '}
        <label>
          {tr(lang, '姓名', 'Name')} <input name="name" maxlength={200} />
        </label>{' '}
        <button type="submit">{tr(lang, '生成', 'Make code')}</button>
      </form>

      <h2>{tr(lang, '用户', 'Users')}</h2>
      <table>
        <thead>
          <tr>
            <th>{tr(lang, '姓名', 'Name')}</th>
            <th>{tr(lang, '角色', 'Role')}</th>
            <th>{tr(lang, '单位', 'Unit')}</th>
            <th>{tr(lang, '设备', 'Devices')}</th>
            <th>{tr(lang, '操作', 'Actions')}</th>
          </tr>
        </thead>
        <tbody>
          {props.users.map((u) => (
            <tr data-user-id={u.id}>
              <td>{u.name}</td>
              <td>{roleLabel(u.role, lang)}</td>
              <td title={u.unitId}>{props.units.find((x) => x.id === u.unitId)?.name ?? u.unitId}</td>
              <td>{u.devices}</td>
              <td>
                <form method="post" action={`/admin/users/${encodeURIComponent(u.id)}/revoke`} class="inline">
                  <button type="submit" aria-label={`${tr(lang, '吊销', 'Revoke')}: ${u.name}`}>
                    {tr(lang, '吊销', 'Revoke')}
                  </button>
                </form>
              </td>
            </tr>
          ))}
        </tbody>
      </table>

      <h2>{tr(lang, '单位', 'Units')}</h2>
      <form method="post" action="/admin/units" id="add-unit">
        <label>
          ID <input name="id" required maxlength={100} pattern="[A-Za-z0-9][A-Za-z0-9._\-]*" />
        </label>{' '}
        <label>
          {tr(lang, '名称', 'Name')} <input name="name" required maxlength={200} />
        </label>{' '}
        <button type="submit">{tr(lang, '新增单位', 'Add unit')}</button>
      </form>
      <table>
        <thead>
          <tr>
            <th>ID</th>
            <th>{tr(lang, '名称', 'Name')}</th>
            <th>{tr(lang, '别名', 'Aliases')}</th>
            <th>{tr(lang, '改名', 'Rename')}</th>
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
                  <input name="name" value={u.name} required maxlength={200} aria-label={tr(lang, `${u.name}（${u.id}）的新名称`, `New name of ${u.name} (${u.id})`)} />{' '}
                  <button type="submit" aria-label={`${tr(lang, '改名', 'Rename')}: ${u.name}`}>
                    {tr(lang, '改名', 'Rename')}
                  </button>
                </form>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </Layout>
  );
}
