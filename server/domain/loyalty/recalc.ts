import crypto from 'node:crypto';
import type { Knex } from 'knex';
import type { AuditContext } from '../audit.js';
import { BatchInsert } from '../../db/batchInsert.js';
import { holdLock } from '../../db/locks.js';
import { badRequest } from '../../errors.js';
import { reason } from '../../rest/reasons.js';
import { bucketEdges, decide, type Decision, type Member } from './moves.js';
import { qualifyingByCustomer } from './qualifying.js';
import { assertVersion, checkDraft, loadRules, loadTiers, saveRules } from './rules.js';
import type {
  ApplyRequest, ApplyResult, MoveCount, MovedCustomer, PointsBucket, PreviewRequest, PreviewResult, ProgramRules, RecalcMode, TierRule,
} from './types.js';

const MODES: readonly RecalcMode[] = ['now', 'review'];
/** what-if results are kept this long for the customers list to show them */
const PREVIEW_TTL_MS = 24 * 3_600_000;
const SAMPLE = 50;

function modeOf(v: unknown): RecalcMode {
  if (v === undefined) return 'now';
  if (!MODES.includes(v as RecalcMode)) throw badRequest({ mode: reason('bad_choice', { options: MODES.join(', ') }) });
  return v as RecalcMode;
}

interface Outcome {
  member: Member;
  decision: Decision;
}

/** Every member's decision under the rules, read in `db` (the apply's transaction, so it sees what it writes). */
async function evaluate(db: Knex, rules: ProgramRules, tiers: TierRule[], mode: RecalcMode, now: Date): Promise<Outcome[]> {
  const points = await qualifyingByCustomer(db, rules, now);
  const rows: { id: number; tier_id: number | null; tier_below_since: string | Date | null }[] = await db('customers').select('id', 'tier_id', 'tier_below_since');
  const byId = new Map(tiers.map((t) => [t.id, t]));
  const today = now.toISOString().slice(0, 10);
  return rows.map((r) => {
    const member: Member = {
      id: Number(r.id), tier_id: r.tier_id == null ? null : Number(r.tier_id), points: points.get(Number(r.id)) ?? 0,
      below_since: r.tier_below_since == null ? null : new Date(r.tier_below_since).toISOString().slice(0, 10),
    };
    return { member, decision: decide(member, tiers, byId, rules, mode, today) };
  });
}

function summarize(outcomes: Outcome[], tiers: TierRule[]) {
  const counts = { up: 0, down: 0, held: 0, unchanged: 0 };
  const before = new Map<number, number>();
  const after = new Map<number, number>();
  const moves = new Map<string, MoveCount>();
  const edges = bucketEdges(tiers);
  const buckets: PointsBucket[] = edges.map((from, i) => ({ from, to: edges[i + 1] ?? null, count: 0 }));
  for (const { member, decision } of outcomes) {
    counts[decision.kind] += 1;
    if (member.tier_id != null) before.set(member.tier_id, (before.get(member.tier_id) ?? 0) + 1);
    const to = decision.kind === 'up' || decision.kind === 'down' ? decision.to.id : member.tier_id;
    if (to != null) after.set(to, (after.get(to) ?? 0) + 1);
    if (decision.kind === 'up' || decision.kind === 'down') {
      const key = `${member.tier_id}:${decision.to.id}`;
      const m = moves.get(key) ?? { from_tier_id: member.tier_id, to_tier_id: decision.to.id, count: 0 };
      m.count += 1;
      moves.set(key, m);
    }
    let b = buckets.length - 1;
    while (b > 0 && member.points < buckets[b].from) b -= 1;
    buckets[b].count += 1;
  }
  return {
    ...counts,
    tiers: tiers.map((t) => ({ tier_id: t.id, before: before.get(t.id) ?? 0, after: after.get(t.id) ?? 0 })),
    moves: [...moves.values()].sort((a, b) => b.count - a.count),
    histogram: buckets,
  };
}

function rankGap(o: Outcome, byId: Map<number, TierRule>): number {
  if (o.decision.kind === 'unchanged') return 0;
  const from = o.member.tier_id == null ? 0 : (byId.get(o.member.tier_id)?.rank ?? 0);
  return Math.abs(o.decision.to.rank - from);
}

async function sampleOf(db: Knex, outcomes: Outcome[], tiers: TierRule[]): Promise<MovedCustomer[]> {
  const byId = new Map(tiers.map((t) => [t.id, t]));
  const moved = outcomes.filter((o) => o.decision.kind !== 'unchanged')
    .sort((a, b) => rankGap(b, byId) - rankGap(a, byId) || b.member.points - a.member.points)
    .slice(0, SAMPLE);
  const names = new Map((await db('customers').whereIn('id', moved.map((o) => o.member.id)).select('id', 'name')).map((r) => [Number(r.id), String(r.name)]));
  return moved.map(({ member, decision }) => ({
    customer_id: member.id, name: names.get(member.id) ?? '', from_tier_id: member.tier_id,
    to_tier_id: decision.kind === 'unchanged' ? Number(member.tier_id) : decision.to.id, points: member.points,
    direction: decision.kind as MovedCustomer['direction'],
  }));
}

/** The draft (or the rules in force) checked against the stored tiers. */
async function draftOf(db: Knex, request: { rules?: unknown; tiers?: unknown }) {
  const stored = await loadTiers(db);
  const inForce = await loadRules(db);
  const draft = checkDraft(stored, request.rules ?? inForce.rules, request.tiers ?? []);
  return { ...draft, version: inForce.version };
}

/**
 * What if: every member's move under draft rules, nothing changed but the kept list of who would move
 * (for the customers list filter). Earlier what-ifs older than a day are dropped.
 */
export async function previewTiers(db: Knex, request: PreviewRequest, ctx: AuditContext): Promise<PreviewResult> {
  const started = performance.now();
  const mode = modeOf(request.mode);
  const { rules, tiers } = await draftOf(db, request);
  const outcomes = await evaluate(db, rules, tiers, mode, new Date());
  const id = crypto.randomUUID();
  await db.transaction(async (trx) => {
    await trx('tier_previews').where('created_at', '<', new Date(Date.now() - PREVIEW_TTL_MS).toISOString()).delete();
    await trx('tier_previews').insert({ id, user_id: ctx.actor.id, created_at: new Date().toISOString() });
    const writer = await BatchInsert.open(trx);
    try {
      const rows = outcomes.filter((o) => o.decision.kind !== 'unchanged')
        .map((o) => ({ preview_id: id, customer_id: o.member.id, direction: o.decision.kind }));
      await writer.insert('tier_preview_moves', rows);
    } finally {
      writer.release();
    }
  });
  return {
    preview_id: id, mode, customers: outcomes.length, ...summarize(outcomes, tiers),
    sample: await sampleOf(db, outcomes, tiers), took_ms: Math.round(performance.now() - started),
  };
}

const CHANNEL = (c: { consent_sms: unknown; consent_email: unknown }) => (c.consent_sms ? 'sms' : c.consent_email ? 'email' : 'call');

function greeting(name: string, tier: TierRule): string {
  const benefits = tier.benefits?.split(/[\n；;]/)[0]?.trim();
  return `尊敬的${name}：恭喜您晋升为${tier.name}会员！${benefits ? `您已享有${benefits}等专属权益，` : ''}感谢您一直以来的信赖与支持。`;
}

/**
 * Saves the draft as a new version (when one is given) and moves every member as the rules say, in one
 * transaction: the customer's tier, a tier-history row with its reason, an audit row (one batch), the start of
 * a grace period for members held below their tier, and a congratulation care touch for each promotion.
 */
export async function applyTiers(db: Knex, request: ApplyRequest, ctx: AuditContext): Promise<ApplyResult> {
  const started = performance.now();
  const mode = modeOf(request.mode);
  const batchId = `tiers-${crypto.randomUUID()}`;
  return db.transaction(async (trx) => {
    await holdLock(trx, 'loyalty:tiers');
    const inForce = await loadRules(trx);
    assertVersion(request.version, inForce.version);
    let version = inForce.version;
    let { rules } = inForce;
    let tiers = await loadTiers(trx);
    if (request.rules !== undefined || request.tiers !== undefined) {
      const draft = checkDraft(tiers, request.rules ?? inForce.rules, request.tiers ?? []);
      version = await saveRules(trx, ctx.actor, draft, request, inForce.version);
      ({ rules, tiers } = draft);
    }
    const now = new Date();
    const today = now.toISOString().slice(0, 10);
    const stamp = now.toISOString();
    const outcomes = await evaluate(trx, rules, tiers, mode, now);
    const moved = outcomes.filter((o) => o.decision.kind === 'up' || o.decision.kind === 'down');
    const heldNew = outcomes.filter((o) => o.decision.kind === 'held' && o.member.below_since == null).map((o) => o.member.id);
    // back at or above their tier's threshold (a moved member's period ends with the move itself)
    const cleared = outcomes.filter((o) => o.decision.kind === 'unchanged' && o.member.below_since != null).map((o) => o.member.id);
    const byTier = new Map<number, number[]>();
    for (const o of moved) {
      if (o.decision.kind === 'unchanged') continue;
      const ids = byTier.get(o.decision.to.id) ?? [];
      ids.push(o.member.id);
      byTier.set(o.decision.to.id, ids);
    }
    const chunked = async (ids: number[], set: Record<string, unknown>) => {
      for (let i = 0; i < ids.length; i += 500) await trx('customers').whereIn('id', ids.slice(i, i + 500)).update(set);
    };
    for (const [tierId, ids] of byTier) await chunked(ids, { tier_id: tierId, tier_below_since: null, updated_at: stamp, version: trx.raw('version + 1') });
    await chunked(heldNew, { tier_below_since: today });
    await chunked(cleared, { tier_below_since: null });

    const info = new Map<number, { name: string; owner_id: number | null; consent_sms: unknown; consent_email: unknown }>();
    const ids = moved.map((o) => o.member.id);
    for (let i = 0; i < ids.length; i += 500) {
      for (const r of await trx('customers').whereIn('id', ids.slice(i, i + 500)).select('id', 'name', 'owner_id', 'consent_sms', 'consent_email')) {
        info.set(Number(r.id), { name: String(r.name), owner_id: r.owner_id == null ? null : Number(r.owner_id), consent_sms: r.consent_sms, consent_email: r.consent_email });
      }
    }
    const why = mode === 'review' ? 'yearly_review' : rules.downgrade === 'grace' ? 'grace_period' : 'recalculation';
    const writer = await BatchInsert.open(trx);
    let greetings = 0;
    try {
      const base = { created_at: stamp, updated_at: stamp, version: 1 };
      await writer.insert('tier_changes', moved.map(({ member, decision }) => ({
        ...base, customer_id: member.id, from_tier_id: member.tier_id, to_tier_id: decision.kind === 'unchanged' ? member.tier_id : decision.to.id,
        direction: decision.kind, reason: decision.kind === 'down' ? why : 'recalculation', points: member.points, rule_version: version,
        batch_id: batchId, author_id: ctx.actor.id,
      })));
      await writer.insert('audit_log', moved.map(({ member, decision }) => ({
        ...base, user_id: ctx.actor.id, username: ctx.actor.username, action: 'update', resource: 'customers', record_id: member.id,
        record_title: info.get(member.id)?.name.slice(0, 200) ?? null,
        changes: JSON.stringify({ tier_id: { from: member.tier_id, to: decision.kind === 'unchanged' ? member.tier_id : decision.to.id } }),
        request_id: ctx.requestId?.slice(0, 64) ?? null, batch_id: batchId,
      })));
      const touches = moved.filter((o) => o.decision.kind === 'up').map(({ member, decision }) => {
        const c = info.get(member.id);
        const tier = decision.kind === 'unchanged' ? null : decision.to;
        return {
          ...base, customer_id: member.id, touch_type: 'tier_promotion', holiday: null, channel: c ? CHANNEL(c) : 'call',
          scheduled_date: today, sent_date: null, status: 'scheduled', message: tier ? greeting(c?.name ?? '', tier) : null,
          gift: null, staff_id: c?.owner_id ?? null,
        };
      });
      await writer.insert('care_touches', touches);
      greetings = touches.length;
    } finally {
      writer.release();
    }
    const up = moved.filter((o) => o.decision.kind === 'up').length;
    return {
      batch_id: batchId, version, up, down: moved.length - up,
      held: outcomes.filter((o) => o.decision.kind === 'held').length, greetings, took_ms: Math.round(performance.now() - started),
    };
  });
}
