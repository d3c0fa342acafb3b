import type { Knex } from 'knex';
import { z } from 'zod';
import { errorsOf } from '../zodReasons.js';
import { AppError, badRequest } from '../../errors.js';
import { reason, type Reason } from '../../rest/reasons.js';
import type { Actor } from '../../auth/roles.js';
import type { ProgramRules, RulesChange, RulesDocument, RulesVersion, TierRule, TierRuleDraft } from './types.js';

/**
 * The programme's rules: what earns points, which points count toward a tier, when members move down, when
 * points expire. Every save is a new version (`loyalty_rules`), with the tiers as they were then; the tiers
 * table holds the thresholds in force. Before the first save the defaults below apply (version 0).
 */
export const DEFAULT_RULES: ProgramRules = {
  basis: 'lifetime',
  window_months: 12,
  downgrade: 'yearly_review',
  grace_days: 90,
  earn: { purchase_per_100: 1.5, service_per_100: 150, referral: 2000, event_attended: 200 },
  approval_threshold: 1000,
  expiry_months: 24,
};

const whole = (max: number) => z.number().int().min(0).max(max);
const rulesSchema = z.object({
  basis: z.enum(['lifetime', 'rolling']),
  window_months: z.number().int().min(1).max(120),
  downgrade: z.enum(['never', 'yearly_review', 'grace']),
  grace_days: whole(3650),
  earn: z.object({
    purchase_per_100: z.number().min(0).max(10_000),
    service_per_100: z.number().min(0).max(10_000),
    referral: whole(1_000_000),
    event_attended: whole(1_000_000),
  }).strict(),
  approval_threshold: whole(100_000_000),
  expiry_months: z.number().int().min(1).max(600),
}).strict();

const text = (max: number) => z.string().max(max).nullable();
const tierDraftSchema = z.object({
  id: z.number().int().positive(),
  name: z.string().trim().min(1).max(60),
  name_en: text(60),
  threshold_points: whole(100_000_000),
  // 1.1 × 100 is 110.00000000000001 in floating point: compare within a rounding error
  earn_multiplier: z.number().min(0).max(100).refine((n) => Math.abs(n * 100 - Math.round(n * 100)) < 1e-9, 'cents'),
  color: text(20),
  benefits: text(4000),
  partner_discounts: text(4000),
  care_policy: text(4000),
  active: z.boolean(),
}).partial().required({ id: true }).strict();

const RULE_FIELDS = ['name', 'name_en', 'threshold_points', 'earn_multiplier', 'color', 'benefits', 'partner_discounts', 'care_policy', 'active'] as const;

function num(v: unknown): number {
  return typeof v === 'number' ? v : Number(v ?? 0);
}

export function tierOfRow(row: Record<string, unknown>): TierRule {
  return {
    id: Number(row.id), code: String(row.code), name: String(row.name), name_en: (row.name_en as string | null) ?? null,
    rank: Number(row.rank), threshold_points: Number(row.threshold_points), earn_multiplier: num(row.earn_multiplier),
    color: (row.color as string | null) ?? null, benefits: (row.benefits as string | null) ?? null,
    partner_discounts: (row.partner_discounts as string | null) ?? null, care_policy: (row.care_policy as string | null) ?? null,
    active: Boolean(row.active),
  };
}

export async function loadTiers(db: Knex): Promise<TierRule[]> {
  return (await db('tiers').orderBy('rank', 'asc')).map(tierOfRow);
}

export interface RulesInForce {
  version: number;
  rules: ProgramRules;
  row: Record<string, unknown> | null;
}

/** The rules in force: the newest saved version, or the defaults. */
export async function loadRules(db: Knex): Promise<RulesInForce> {
  const row = await db('loyalty_rules').orderBy('rule_version', 'desc').first();
  if (!row) return { version: 0, rules: DEFAULT_RULES, row: null };
  const stored = typeof row.rules === 'string' ? JSON.parse(row.rules) : row.rules;
  return { version: Number(row.rule_version), rules: { ...DEFAULT_RULES, ...stored, earn: { ...DEFAULT_RULES.earn, ...stored.earn } }, row };
}

async function userName(db: Knex, id: unknown): Promise<string | null> {
  if (id == null) return null;
  return ((await db('users').where({ id }).first('name'))?.name as string | undefined) ?? null;
}

const iso = (v: unknown) => (v == null ? null : new Date(v as string).toISOString());

export async function rulesDocument(db: Knex): Promise<RulesDocument> {
  const { version, rules, row } = await loadRules(db);
  const tiers = await loadTiers(db);
  const counts: Record<string, unknown>[] = await db('customers').select('tier_id').count({ n: '*' }).groupBy('tier_id');
  const members = new Map(counts.map((c) => [Number(c.tier_id), Number(c.n)]));
  return {
    version, rules, saved_at: iso(row?.created_at), saved_by: await userName(db, row?.author_id), note: (row?.note as string | null) ?? null,
    tiers: tiers.map((t) => ({ ...t, members: members.get(t.id) ?? 0 })),
  };
}

export async function rulesVersions(db: Knex): Promise<RulesVersion[]> {
  const rows = await db('loyalty_rules').leftJoin('users', 'users.id', 'loyalty_rules.author_id')
    .orderBy('rule_version', 'desc').limit(200)
    .select('loyalty_rules.*', 'users.name as author_name');
  const parse = (v: unknown) => (typeof v === 'string' ? JSON.parse(v) : v);
  return rows.map((r) => ({
    version: Number(r.rule_version), saved_at: iso(r.created_at) as string, saved_by: (r.author_name as string | null) ?? null,
    note: (r.note as string | null) ?? null, rules: parse(r.rules) as ProgramRules, tiers: parse(r.tiers) as TierRule[],
  }));
}

/**
 * Checks draft rules and tier changes against the stored tiers; answers the tiers as they would be.
 * Thresholds must rise with rank (no two tiers may overlap) and the lowest active tier starts at 0.
 */
export function checkDraft(stored: TierRule[], rules: unknown, drafts: unknown): { rules: ProgramRules; tiers: TierRule[] } {
  const errors: Record<string, Reason> = {};
  const parsedRules = rulesSchema.safeParse(rules);
  if (!parsedRules.success) errorsOf(parsedRules.error, 'rules', errors);
  if (!Array.isArray(drafts)) {
    errors.tiers = reason('not_string_list');
    throw badRequest(errors);
  }
  const byId = new Map(stored.map((t) => [t.id, { ...t }]));
  const seen = new Set<number>();
  drafts.forEach((raw, i) => {
    const parsed = tierDraftSchema.safeParse(raw);
    if (!parsed.success) {
      errorsOf(parsed.error, `tiers.${i}`, errors);
      return;
    }
    const draft: TierRuleDraft = parsed.data;
    const tier = byId.get(draft.id);
    if (!tier || seen.has(draft.id)) {
      errors[`tiers.${i}.id`] = reason(tier ? 'not_unique' : 'no_such_record', { resource: 'tiers' });
      return;
    }
    seen.add(draft.id);
    for (const f of RULE_FIELDS) if (draft[f] !== undefined) Object.assign(tier, { [f]: draft[f] });
  });
  const tiers = [...byId.values()].sort((a, b) => a.rank - b.rank);
  const indexOf = (id: number) => {
    const i = drafts.findIndex((d) => (d as { id?: unknown } | null)?.id === id);
    return i >= 0 ? `tiers.${i}.threshold_points` : null;
  };
  const active = tiers.filter((t) => t.active);
  if (!active.length) errors.tiers = reason('required');
  else if (active[0].threshold_points !== 0) errors[indexOf(active[0].id) ?? 'tiers'] ??= reason('lowest_tier_zero');
  for (let i = 1; i < active.length; i++) {
    const [lower, upper] = [active[i - 1], active[i]];
    if (upper.threshold_points > lower.threshold_points) continue;
    // reported on the tier the draft changed: above the one below it, or below the one above it
    const upperKey = indexOf(upper.id);
    if (upperKey) errors[upperKey] ??= reason('threshold_overlap', { tier: lower.name, points: lower.threshold_points });
    else errors[indexOf(lower.id) ?? 'tiers'] ??= reason('threshold_under', { tier: upper.name, points: upper.threshold_points });
  }
  if (Object.keys(errors).length) throw badRequest(errors);
  return { rules: parsedRules.data as ProgramRules, tiers };
}

export function assertVersion(expected: unknown, current: number): void {
  if (typeof expected !== 'number' || !Number.isInteger(expected)) throw badRequest({ version: reason('not_integer') });
  if (expected !== current) throw new AppError(409, 'conflict', { version: reason('rules_changed', { version: current }) });
}

/** Writes the checked draft as the tiers in force and as a new version; answers the version number. */
export async function saveRules(trx: Knex.Transaction, actor: Actor, draft: { rules: ProgramRules; tiers: TierRule[] }, change: Pick<RulesChange, 'note'>, current: number): Promise<number> {
  const stamp = new Date().toISOString();
  for (const t of draft.tiers) {
    const { id, code: _c, rank: _r, ...values } = t;
    const n = await trx('tiers').where({ id }).update({ ...values, updated_at: stamp, version: trx.raw('version + 1') });
    if (n !== 1) throw new AppError(409, 'conflict');
  }
  const version = current + 1;
  const note = typeof change.note === 'string' ? change.note.trim().slice(0, 500) || null : null;
  await trx('loyalty_rules').insert({
    rule_version: version, rules: JSON.stringify(draft.rules), tiers: JSON.stringify(draft.tiers), note, author_id: actor.id,
    created_at: stamp, updated_at: stamp, version: 1,
  });
  return version;
}

/**
 * A tier written through the generic tiers API (the tiers list and form) keeps the same order rule as the
 * tier page: thresholds rise with rank among the active tiers and the lowest one is 0.
 */
export async function prepareTier(trx: Knex.Transaction, values: Record<string, unknown>, id?: number): Promise<Record<string, unknown>> {
  const stored = await loadTiers(trx);
  const merged = id === undefined
    ? [...stored, { ...tierOfRow({ id: -1, active: true, ...values }) }]
    : stored.map((t) => (t.id === id ? tierOfRow({ ...t, ...values }) : t));
  const active = merged.filter((t) => t.active).sort((a, b) => a.rank - b.rank);
  const self = (t: TierRule) => t.id === (id ?? -1);
  if (active.length && active[0].threshold_points !== 0 && self(active[0])) throw badRequest({ threshold_points: reason('lowest_tier_zero') });
  for (let i = 1; i < active.length; i++) {
    const [lower, upper] = [active[i - 1], active[i]];
    if (upper.threshold_points > lower.threshold_points) continue;
    if (self(upper)) throw badRequest({ threshold_points: reason('threshold_overlap', { tier: lower.name, points: lower.threshold_points }) });
    if (self(lower)) throw badRequest({ threshold_points: reason('threshold_under', { tier: upper.name, points: upper.threshold_points }) });
  }
  return values;
}
