import { createHash, randomUUID } from 'node:crypto';
import { Mutation, type Role } from '../../../shared/schemas';
import { reminderSubject } from '../../storage/task-history';
import type { Storage } from '../../storage/types';
import { createEnrollmentCode, redeemEnrollmentCode, type Principal } from '../../storage/users';
import { pushMutations } from '../../sync/push';
import { defaultReminderMessage } from '../../tasks/reminder-text';
import { bureauToday } from '../../tasks/time-zone';
import { CliError } from '../errors';

export const demoHelp = `Usage:
  admin demo seed

Loads demo work into an empty database (after "units import server/demo/units.csv"): a minutes
document circulated to three units, and tasks in every state a supervisor meets — near due,
overdue and urged three times, asked to close, returned with a reason, closed. Everything goes
through the service's own appliers and audit trail, as named demo people.`;

const DAY = 86_400_000;
const dayFrom = (offset: number) => bureauToday(new Date(Date.now() + offset * DAY));
const hash = (s: string) => createHash('sha256').update(s).digest('hex');

const PEOPLE: { key: string; role: Role; unitId: string; name: string }[] = [
  { key: 'clerk', role: 'clerk', unitId: 'letters-office', name: '信访办 文书 陈静' },
  { key: 'supervisor', role: 'supervisor', unitId: 'supervision', name: '督查室 李四' },
  { key: 'forestry', role: 'recipient', unitId: 'forestry', name: '林业局 张敏' },
  { key: 'government', role: 'recipient', unitId: 'county-government', name: '县政府办 王磊' },
];

/** A demo person, made the way enrollment makes one (a code used at once). */
async function person(storage: Storage, p: (typeof PEOPLE)[number]): Promise<Principal> {
  const codeHash = hash(randomUUID());
  return storage.write(async (tx) => {
    await createEnrollmentCode(tx, { codeHash, role: p.role, unitId: p.unitId, name: p.name, expiresAt: new Date(Date.now() + DAY).toISOString() }, 'admin-cli');
    const r = await redeemEnrollmentCode(tx, codeHash);
    if (!r.ok) throw new Error('could not make a demo person');
    return r.user;
  });
}

const m = (type: string, payload: Record<string, unknown>) => Mutation.parse({ id: randomUUID(), type, at: new Date().toISOString(), payload });

async function push(storage: Storage, who: Principal, mutations: Mutation[]) {
  const results = await pushMutations(storage, who, mutations);
  const refused = results.find((r) => r.status === 'rejected');
  if (refused) throw new Error(`demo data refused: ${refused.reason}`);
}

export async function demoSeed(storage: Storage): Promise<void> {
  if (await storage.db.selectFrom('documents').select('id').limit(1).executeTakeFirst()) {
    console.log('The database already holds documents: no demo data added.');
    return;
  }
  const units = new Set((await storage.db.selectFrom('units').select('id').execute()).map((u) => u.id));
  const missing = PEOPLE.map((p) => p.unitId).filter((u) => !units.has(u));
  if (missing.length) throw new CliError(`the demo directory is not loaded (missing unit ${missing[0]}): run "admin units import server/demo/units.csv" first`);
  const who = Object.fromEntries(await Promise.all(PEOPLE.map(async (p) => [p.key, await person(storage, p)] as const))) as Record<string, Principal>;

  const doc = randomUUID();
  const title = '县防汛抗旱工作会议纪要';
  const decisions = [
    ['forestry', '林业局负责完成重点林区防火隔离带清理', 2],
    ['county-government', '县政府办牵头修订防汛应急预案并报县委审定', -5],
    ['forestry', '林业局负责组织汛前山洪地质灾害隐患排查', 10],
    ['county-government', '县政府办负责落实防汛物资储备清单', 6],
    ['forestry', '林业局负责更新护林员联络名册', -1],
  ] as const;
  const tasks = decisions.map(([unitId, text, due], i) => ({ id: randomUUID(), unitId, text, dueDate: dayFrom(due), i }));
  await push(storage, who.clerk, [
    m('document.put', {
      id: doc,
      contentHash: hash(title),
      url: 'http://127.0.0.1/demo/flood-control-minutes',
      title,
      meetingDate: dayFrom(-14),
      draft: { isMinutes: true, lang: 'zh', title, docNumber: '〔2026〕12号', issuer: '县信访办', meetingDate: dayFrom(-14), presider: null, attendees: [], decisions: tasks.map((t) => ({ text: t.text, assignees: [t.unitId], due: t.dueDate })), recipients: [], confidence: 0.9 },
    }),
    m('circulation.create', { id: randomUUID(), documentId: doc, unitId: 'party-committee', kind: 'read' }),
    ...tasks.map((t) => m('task.create', { id: t.id, documentId: doc, decisionIndex: t.i, text: t.text, leadUnitId: t.unitId, coUnitIds: [], due: null, dueDate: t.dueDate })),
  ]);
  await push(storage, who.forestry, [m('ack.create', { id: randomUUID(), documentId: doc })]);
  const upd = (taskId: string, kind: string, note: string) => m('task.update', { id: randomUUID(), taskId, kind, note });
  const [nearDue, overdue, asking, returned, closed] = tasks;
  await push(storage, who.forestry, [
    upd(nearDue.id, 'progress', '已完成东片林区清理，西片进行中'),
    upd(asking.id, 'request_close', '排查完毕，发现隐患3处均已整改，附整改清单'),
    upd(closed.id, 'request_close', '名册已更新并报备'),
  ]);
  await push(storage, who.government, [upd(overdue.id, 'progress', '初稿已完成，正在征求意见'), upd(returned.id, 'request_close', '物资清单已落实')]);
  await push(storage, who.supervisor, [upd(returned.id, 'return', '缺少物资存放地点和责任人，请补充后再报'), upd(closed.id, 'close', '同意办结')]);
  // Urged three times and still overdue: the board flags it.
  const subject = await reminderSubject(storage.db, { taskId: overdue.id });
  const message = subject ? defaultReminderMessage(subject) : overdue.text;
  for (let n = 0; n < 3; n++) {
    await push(storage, who.supervisor, [m('reminder.create', { id: randomUUID(), unitId: 'county-government', documentId: doc, taskId: overdue.id, message })]);
  }
  console.log(`Demo data: "${title}" with ${tasks.length} tasks (near due, overdue and urged three times, asked to close, returned, closed).`);
}
