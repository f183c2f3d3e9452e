/** @jsxRuntime automatic */
/** @jsxImportSource hono/jsx */
import type { Context } from 'hono';
import { Hono } from 'hono';
import { z } from 'zod';
import { Role } from '../../shared/schemas';
import { issueEnrollmentCode } from '../auth/enrollment';
import type { AppEnv } from '../http/env';
import { formFields, paramsOf } from '../http/validate';
import { decideProposal, listProposals, type Decision } from '../storage/unit-proposals';
import { listUnits, saveUnit } from '../storage/units';
import { listUsers, revokeUser } from '../storage/users';
import { AdminPage, type IssuedCode } from './admin';
import { lineText, longText } from '../../shared/schemas/text';
import { langOf, tr, textIn } from './locale';

const UnitForm = z.object({
  id: z.string().trim().regex(/^[A-Za-z0-9][A-Za-z0-9._-]{0,99}$/),
  name: lineText(200).trim().min(1),
});
const CodeForm = z.object({ unitId: lineText(200).min(1), role: Role, name: lineText(200).trim().optional() });

/** Admin pages: admins only (a supervisor gets 403). The caller has checked the session. */
export const adminRoutes = new Hono<AppEnv>();

adminRoutes.use('/admin', async (c, next) => (c.var.who.role === 'admin' ? next() : forbidden(c)));
adminRoutes.use('/admin/*', async (c, next) => (c.var.who.role === 'admin' ? next() : forbidden(c)));

const forbidden = (c: Context<AppEnv>) => textIn(c, 403, '仅限管理员', 'Admins only');

async function page(c: Context<AppEnv>, extra: { issued?: IssuedCode; error?: string; notice?: string } = {}, status: 200 | 400 = 200) {
  const db = c.var.storage.db;
  const [units, users, proposals] = await Promise.all([listUnits(db), listUsers(db), listProposals(db)]);
  // A freshly made code is shown once: keep it out of caches.
  c.header('cache-control', 'no-store');
  return c.html(<AdminPage units={units} users={users} proposals={proposals} signedIn={c.var.who} lang={langOf(c)} {...extra} />, status);
}

adminRoutes.get('/admin', (c) => page(c));

adminRoutes.post('/admin/codes', async (c) => {
  const form = CodeForm.safeParse(await formFields(c));
  if (!form.success) return page(c, { error: tr(langOf(c), '请选择单位和角色', 'Choose a unit and a role') }, 400);
  const units = await listUnits(c.var.storage.db);
  const unit = units.find((u) => u.id === form.data.unitId);
  if (!unit) return page(c, { error: tr(langOf(c), `未知单位“${form.data.unitId}”`, `Unknown unit "${form.data.unitId}"`) }, 400);
  const { code, expiresAt } = await issueEnrollmentCode(
    c.var.storage,
    { role: form.data.role, unitId: unit.id, name: form.data.name || null },
    c.var.who.userId,
  );
  return page(c, { issued: { code, role: form.data.role, unitName: unit.name, expiresAt } });
});

adminRoutes.post('/admin/users/:id/revoke', async (c) => {
  const { id } = paramsOf(c, IdParam);
  const r = await c.var.storage.write((tx) => revokeUser(tx, id, c.var.who.userId));
  if (!r) return page(c, { error: tr(langOf(c), '未知用户', 'Unknown user') }, 400);
  return c.redirect('/admin', 303);
});

// Adds a unit, or renames the unit with that id (its aliases stay); every client's directory follows.
adminRoutes.post('/admin/units', async (c) => {
  const form = UnitForm.safeParse(await formFields(c));
  const lang = langOf(c);
  if (!form.success) return page(c, { error: tr(lang, '单位ID为字母、数字、-、_、.；名称必填', 'A unit id is letters, digits, - _ . and a name is required') }, 400);
  const { unit, created } = await c.var.storage.write((tx) => saveUnit(tx, form.data, c.var.who.userId));
  return page(c, { notice: `${created ? tr(lang, '已新增', 'Added') : tr(lang, '已更新', 'Saved')} ${unit.name} (${unit.id})` });
});

/** An id in the path: one-line text, so a NUL byte is a 400 rather than a database error. */
const IdParam = z.object({ id: lineText(200).min(1) });
const MergeForm = z.object({ into: lineText(200).min(1) });
const RejectForm = z.object({ reason: longText(500).trim().min(1) });

const DECIDE_ERROR = {
  not_found: ['未知提议', 'Unknown proposal'],
  decided: ['该提议已决定', 'This proposal was already decided'],
  unknown_target: ['请选择一个现有单位', 'Choose a unit that exists'],
  no_reason: ['驳回须写明理由', 'A rejection needs a reason'],
} as const;

// An admin's decision on a unit a clerk proposed (see server/storage/unit-proposals.ts).
adminRoutes.post('/admin/proposals/:id/:action', async (c) => {
  const { id } = paramsOf(c, IdParam);
  const action = c.req.param('action');
  const fields = await formFields(c);
  const lang = langOf(c);
  const refuse = (reason: keyof typeof DECIDE_ERROR) => page(c, { error: tr(lang, DECIDE_ERROR[reason][0], DECIDE_ERROR[reason][1]) }, 400);
  let decision: Decision;
  if (action === 'approve') decision = { kind: 'approve' };
  else if (action === 'merge') {
    const form = MergeForm.safeParse(fields);
    if (!form.success) return refuse('unknown_target');
    decision = { kind: 'merge', into: form.data.into };
  } else if (action === 'reject') {
    const form = RejectForm.safeParse(fields);
    if (!form.success) return refuse('no_reason');
    decision = { kind: 'reject', reason: form.data.reason };
  } else return textIn(c, 404, '未知操作', 'Unknown action');
  const r = await c.var.storage.write((tx) => decideProposal(tx, id, decision, c.var.who.userId));
  if (!r.ok) return refuse(r.reason);
  const verb = { approve: tr(lang, '已批准', 'Approved'), merge: tr(lang, '已并入', 'Merged'), reject: tr(lang, '已驳回', 'Rejected') }[decision.kind];
  return page(c, { notice: `${verb} ${r.proposal.name}` });
});
