import type { Storage } from '../../storage/types';
import { addUnitAlias, findUnit, listUnits, removeUnitAlias, upsertUnits, type AliasResult } from '../../storage/units';
import { decideProposal, listProposals, type Decision } from '../../storage/unit-proposals';
import { CliError } from '../errors';
import { readUnitsFile } from './unit-file';

export const unitsHelp = `Usage:
  admin units import FILE       create or update units from a .csv or .xlsx file (first sheet). Header:
                                id,name,parent,aliases (or 编号,名称,上级,别名); parent by id or name;
                                aliases separated by | or 、
  admin units list              print the directory
  admin units proposals [--all] units clerks proposed and wait for a decision (--all: decided ones too)
  admin units approve ID        approve a proposed unit: it goes live and the copies waiting for it go out
  admin units merge ID UNIT     merge a proposed unit into a unit (id or name): its copies go there
  admin units reject ID REASON  reject a proposed unit; the clerk sees the reason
  admin units alias add UNIT ALIAS      give a unit (id or name) another name
  admin units alias remove UNIT ALIAS   take a name away from a unit`;

export async function unitsImport(storage: Storage, file: string): Promise<void> {
  const units = await readUnitsFile(file, async (ref) => (await findUnit(storage.db, ref))?.id);
  const s = await storage.write((tx) => upsertUnits(tx, units, 'admin-cli'));
  console.log(`units: ${s.created} created, ${s.updated} updated, ${s.unchanged} unchanged`);
}

export async function unitsList(storage: Storage): Promise<void> {
  console.log('id\tname\tparent\taliases');
  for (const u of await listUnits(storage.db)) console.log(`${u.id}\t${u.name}\t${u.parentId ?? ''}\t${u.aliases.join('|')}`);
}

/** Adds or removes an alias of the unit named by id, name or alias; every client's directory follows. */
export async function unitsAlias(storage: Storage, op: 'add' | 'remove', unitRef: string, alias: string): Promise<void> {
  const unit = await findUnit(storage.db, unitRef);
  if (!unit) throw new CliError(`unknown unit "${unitRef}" (see: admin units list)`);
  const clean = alias.trim();
  if (!clean || clean.length > 200) throw new CliError('an alias is 1 to 200 characters', 2);
  const r: AliasResult = await storage.write((tx) =>
    op === 'add' ? addUnitAlias(tx, unit.id, clean, { actor: 'admin-cli', mayRedirect: true }) : removeUnitAlias(tx, unit.id, clean, 'admin-cli'),
  );
  if (!r.ok) throw new CliError(r.reason === 'taken' ? `"${clean}" already names unit "${r.unitId}"` : `unknown unit "${unitRef}"`);
  const verb = op === 'add' ? (r.changed ? 'added' : 'already has') : r.changed ? 'removed' : 'has no alias';
  console.log(`${unit.id}: ${verb} "${clean}"; aliases now: ${r.unit.aliases.join('|') || '(none)'}`);
}

/** Proposals waiting for a decision (or all of them), one a line. */
export async function unitsProposals(storage: Storage, all: boolean): Promise<void> {
  const list = await listProposals(storage.db, all ? {} : { status: 'pending' });
  console.log('id\tstatus\tname\tparent\tproposed by\tunit of\tat\tdecision');
  for (const p of list) {
    const decision = p.status === 'merged' ? `into ${p.unitId}` : p.status === 'rejected' ? (p.reason ?? '') : '';
    console.log(`${p.id}\t${p.status}\t${p.name}\t${p.parentId ?? ''}\t${p.proposedBy}\t${p.proposerUnitId}\t${p.createdAt}\t${decision}`);
  }
}

/** An admin's decision on a proposal from the command line (the dashboard's admin page does the same). */
export async function unitsDecide(storage: Storage, id: string, decision: Decision): Promise<void> {
  if (decision.kind === 'merge') {
    const into = await findUnit(storage.db, decision.into);
    if (!into) throw new CliError(`unknown unit "${decision.into}" (see: admin units list)`);
    decision = { kind: 'merge', into: into.id };
  }
  const r = await storage.write((tx) => decideProposal(tx, id, decision, 'admin-cli'));
  if (!r.ok) {
    const why = { not_found: `unknown proposal "${id}" (see: admin units proposals)`, decided: `proposal "${id}" was already decided`, unknown_target: 'merge needs a unit that exists', no_reason: 'a rejection needs a reason' };
    throw new CliError(why[r.reason], r.reason === 'no_reason' ? 2 : 1);
  }
  const p = r.proposal;
  console.log(`${p.id}: ${p.status}${p.status === 'merged' ? ` into ${p.unitId}` : ''} — ${p.name}`);
}
