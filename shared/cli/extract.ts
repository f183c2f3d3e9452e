/**
 * The extraction command: `npm run extract -- [--json] FILE...` (started by extract.mjs, which runs
 * this file bundled; `tsx shared/cli/extract.ts` runs it directly)
 * Prints one JSON line per file (with --json), in the order given, or a readable summary.
 * HTML files (.html/.htm, or text starting with "<") go through jsdom and extractFromDocument;
 * anything else through extractFromText. An unreadable file still gets a line, so a scorer's
 * lines stay aligned with its files.
 */
import type { MinutesDraft } from '../schemas/minutes';
import { compact, extractFile } from './read';

function summary(file: string, d: MinutesDraft): string {
  const out = [`${file}`];
  if (!d.isMinutes) {
    out.push(`  not minutes: ${d.reason ?? ''}`);
    return out.join('\n');
  }
  const row = (k: string, v: unknown) => out.push(`  ${k.padEnd(11)} ${v ?? '—'}`);
  row('language', d.lang);
  row('title', d.title);
  row('number', d.docNumber);
  row('issuer', d.issuer);
  row('date', d.meetingDate);
  row('presider', d.presider);
  row('attendees', d.attendees.join('; ') || '—');
  out.push(`  decisions   ${d.decisions.length}`);
  d.decisions.forEach((x, i) => {
    const who = x.assignees.length ? ` [${x.assignees.join(', ')}]` : '';
    const due = x.due ? ` (due: ${x.due}${x.dueDate ? ` = ${x.dueDate}` : ''})` : '';
    out.push(`    ${i + 1}. ${x.text.slice(0, 80)}${who}${due}`);
  });
  out.push(`  recipients  ${d.recipients.map((r) => `${r.name} (${r.role})`).join('; ') || '—'}`);
  if (d.warnings.length) out.push(`  warnings    ${d.warnings.join('; ')}`);
  out.push(`  confidence  ${d.confidence.toFixed(2)}`);
  return out.join('\n');
}

function main(argv: string[]): number {
  const json = argv.includes('--json');
  const files = argv.filter((a) => a !== '--json');
  if (files.length === 0 || files.some((f) => f.startsWith('--'))) {
    process.stderr.write('usage: extract [--json] FILE...\n');
    return 2;
  }
  for (const file of files) {
    let draft: MinutesDraft | null;
    try {
      draft = extractFile(file);
    } catch (e) {
      const reason = `cannot read ${file}: ${e instanceof Error ? e.message : String(e)}`;
      process.stderr.write(reason + '\n');
      process.stdout.write(json ? JSON.stringify({ isMinutes: false, reason }) + '\n' : `${file}\n  ${reason}\n`);
      continue;
    }
    process.stdout.write(json ? JSON.stringify(compact(draft)) + '\n' : summary(file, draft) + '\n\n');
  }
  return 0;
}

process.exitCode = main(process.argv.slice(2));
