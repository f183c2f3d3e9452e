/**
 * The shared corpus's matching rules (its score.mjs), as a module the regression
 * tests can call on one case at a time.
 */
import { compareKey, stripLeadNumber } from '../../shared/extract/text/compare-key';

export type Expected = Record<string, unknown> & { isMinutes: boolean };
type Got = Record<string, unknown> | null;

const norm = compareKey;
const stripNumber = stripLeadNumber;
const same = (a: unknown, b: unknown) => norm(a) === norm(b);
export const near = (a: unknown, b: unknown) => {
  const x = norm(a);
  const y = norm(b);
  if (!x || !y) return x === y;
  const [s, l] = x.length <= y.length ? [x, y] : [y, x];
  return s.length >= 2 && l.includes(s);
};
const sameDate = (e: unknown, g: unknown) => {
  const [ey, ...emd] = String(e).toUpperCase().split('-');
  const [gy, ...gmd] = String(g).toUpperCase().split('-');
  return emd.join('-') === gmd.join('-') && (ey === 'XXXX' || ey === gy);
};
const blank = (v: unknown) => v == null || (Array.isArray(v) && v.length === 0) || norm(v) === '';

function scalar(exp: unknown, got: unknown, match: (a: unknown, b: unknown) => boolean): number {
  if (Array.isArray(exp)) return exp.some((e) => scalar(e, got, match) === 1) ? 1 : 0;
  if (blank(exp)) return blank(got) ? 1 : 0;
  return !blank(got) && match(exp, got) ? 1 : 0;
}

function setF1(exp: unknown[] | undefined, got: unknown[] | undefined, match = near): number {
  const e = (exp ?? []).filter((x) => !blank(x));
  const g = (got ?? []).filter((x) => !blank(x));
  if (e.length === 0) return g.length === 0 ? 1 : 0;
  if (g.length === 0) return 0;
  const used = new Set<number>();
  let hit = 0;
  for (const x of e) {
    const j = g.findIndex((y, k) => !used.has(k) && match(x, y));
    if (j >= 0) {
      used.add(j);
      hit++;
    }
  }
  const p = hit / g.length;
  const r = hit / e.length;
  return p + r === 0 ? 0 : (2 * p * r) / (p + r);
}

interface Dec {
  text?: string;
  assignees?: string[];
  due?: unknown;
}

function decisions(exp: Dec[] | undefined, got: unknown) {
  const e = exp ?? [];
  const g = (Array.isArray(got) ? got : []) as Dec[];
  if (e.length === 0) {
    const ok = g.length === 0 ? 1 : 0;
    return { decisions: ok, assignees: ok, due: ok };
  }
  const used = new Set<number>();
  const pairs = e.map((x): [Dec, Dec | null] => {
    const key = stripNumber(norm(x.text)).slice(0, 12);
    const j = g.findIndex((y, k) => !used.has(k) && key.length > 0 && stripNumber(norm(y?.text)).includes(key));
    if (j < 0) return [x, null];
    used.add(j);
    return [x, g[j]];
  });
  const hit = pairs.filter(([, y]) => y).length;
  const p = g.length ? hit / g.length : 0;
  const r = hit / e.length;
  const f1 = p + r === 0 ? 0 : (2 * p * r) / (p + r);
  const mean = (f: (a: Dec, b: Dec) => number) => pairs.reduce((s, [a, b]) => s + (b ? f(a, b) : 0), 0) / pairs.length;
  return {
    decisions: f1,
    assignees: mean((a, b) => setF1(a.assignees, b.assignees)),
    due: mean((a, b) => scalar(a.due, b.due, near)),
  };
}

/** Per-field scores of one case, as score.mjs computes them. */
export function scoreCase(exp: Expected, got: Got): Record<string, number> {
  if (!got || typeof got !== 'object') return { isMinutes: 0 };
  if (exp.isMinutes === false) return { isMinutes: got.isMinutes === false ? 1 : 0 };
  if (got.isMinutes !== true) {
    return { isMinutes: 0, title: 0, docNumber: 0, issuer: 0, meetingDate: 0, presider: 0, attendees: 0, decisions: 0, assignees: 0, due: 0, recipients: 0 };
  }
  const names = (l: unknown) => ((l as { name?: string }[] | undefined) ?? []).map((x) => x?.name);
  const roles = (): Record<string, number> => {
    const e = (exp.recipients as { name: string; role: string }[] | undefined) ?? [];
    if (e.length === 0) return {};
    const g = (got.recipients as { name: string; role: string }[] | undefined) ?? [];
    const hits = e.filter((x) => g.some((y) => near(x.name, y?.name) && x.role === y?.role)).length;
    return { roles: hits / e.length };
  };
  return {
    isMinutes: 1,
    title: scalar(exp.title, got.title, same),
    docNumber: scalar(exp.docNumber, got.docNumber, same),
    issuer: scalar(exp.issuer, got.issuer, same),
    meetingDate: scalar(exp.meetingDate, got.meetingDate, sameDate),
    presider: scalar(exp.presider, got.presider, near),
    attendees: setF1(exp.attendees as unknown[], got.attendees as unknown[]),
    ...decisions(exp.decisions as Dec[], got.decisions),
    recipients: setF1(names(exp.recipients), names(got.recipients)),
    ...roles(),
  };
}

/** Mean of the field scores: the case's score. */
export function caseScore(fields: Record<string, number>): number {
  const v = Object.values(fields);
  return v.reduce((a, b) => a + b, 0) / v.length;
}
