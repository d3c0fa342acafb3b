import type { Knex } from 'knex';
import type { PhaseFigures } from './recorder.js';

/** Where the audit trail stood before a run: only rows after it are the run's. */
export async function auditMark(db: Knex): Promise<number> {
  return Number((await db('audit_log').max({ m: 'id' }).first())?.m ?? 0);
}

/**
 * After a run: every bulk edit left one audit row per changed customer under its batch id, every saved edit
 * one update row, and the servers wrote nothing to stderr. Answers the problems found (none: an empty list).
 */
export async function checkRun(db: Knex, since: number, phases: readonly PhaseFigures[], stderr: readonly string[]): Promise<string[]> {
  const problems: string[] = [];
  const batches = phases.flatMap((p) => p.batches);
  const expected = batches.reduce((s, b) => s + b.count, 0);
  let audited = 0;
  for (let i = 0; i < batches.length; i += 500) {
    const ids = batches.slice(i, i + 500).map((b) => b.batchId);
    audited += Number((await db('audit_log').whereIn('batch_id', ids).count({ n: '*' }).first())?.n ?? 0);
  }
  if (audited !== expected) problems.push(`bulk edits changed ${expected} customers but left ${audited} audit rows`);
  const edits = phases.reduce((s, p) => s + p.edits, 0);
  const saved = Number((await db('audit_log').where('id', '>', since)
    .where({ action: 'update', resource: 'customers' }).whereNull('batch_id').count({ n: '*' }).first())?.n ?? 0);
  if (saved !== edits) problems.push(`${edits} edits were saved but ${saved} audit rows record them`);
  for (const [i, text] of stderr.entries()) if (text.trim()) problems.push(`server ${i + 1} wrote to stderr: ${text.trim().slice(0, 300)}`);
  console.log(`  Checked afterwards: ${batches.length} bulk edits → ${audited} audit rows (expected ${expected}); `
    + `${edits} saved edits → ${saved} audit rows; servers' stderr ${stderr.every((s) => !s.trim()) ? 'empty' : 'NOT empty'}  `
    + `${problems.length ? '✗' : '✓'}`);
  return problems;
}
