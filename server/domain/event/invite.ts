import crypto from 'node:crypto';
import type { Knex } from 'knex';
import type { AuditContext } from '../audit.js';
import { AppError, badRequest } from '../../errors.js';
import { reason } from '../../rest/reasons.js';
import { parseListQuery } from '../../rest/listQuery.js';
import type { ResourceService } from '../../rest/service.js';
import { getResource } from '../../resources/index.js';
import { enums } from '../../resources/enums.js';
import { assertCan } from '../../auth/policy.js';
import { BatchInsert } from '../../db/batchInsert.js';

/**
 * Inviting an audience to an event in one step and one transaction: a saved segment or a customer-list filter
 * (narrowed to the inviter's own customers where the role sees only those), minus those already invited,
 * those without consent for the channel, a second member of a household already on the list (same phone or
 * address), and those over a per-consultant quota. Up to the free capacity they are invited, the rest go on the
 * waiting list; each invited customer gets a participant row with its QR token and an invitation care touch.
 */
export interface InviteRequest {
  segment_id?: number;
  filter?: Record<string, unknown>;
  channel: string;
  exclude_no_consent?: boolean;
  one_per_household?: boolean;
  quota_per_consultant?: number | null;
  dry_run?: boolean;
}

export interface InviteResult {
  matched: number;
  excluded: { already_invited: number; no_consent: number; household: number; quota: number };
  invited: number;
  waitlisted: number;
  greetings: number;
  batch_id: string | null;
  dry_run: boolean;
}

export const MAX_INVITES = 20_000;
const CONSENT: Record<string, string> = { sms: 'consent_sms', wechat: 'consent_sms', email: 'consent_email' };
const OPEN = new Set(['draft', 'planned', 'approved', 'running']);

interface Candidate {
  id: number;
  name: string;
  phone: string | null;
  address: string | null;
  owner_id: number | null;
  consent_sms: unknown;
  consent_email: unknown;
}

function requestOf(raw: unknown): InviteRequest {
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) throw badRequest({ body: reason('not_object') });
  const r = raw as Record<string, unknown>;
  const errors: Record<string, ReturnType<typeof reason>> = {};
  if ((r.segment_id == null) === (r.filter == null)) errors.segment_id = reason('segment_or_filter');
  if (r.segment_id != null && (!Number.isSafeInteger(r.segment_id) || Number(r.segment_id) < 1)) errors.segment_id = reason('not_id');
  if (r.filter != null && (typeof r.filter !== 'object' || Array.isArray(r.filter))) errors.filter = reason('bad_filter');
  if (!enums.touch_channel.includes(String(r.channel) as never)) errors.channel = reason('not_in_list', { options: enums.touch_channel.join(', ') });
  if (r.quota_per_consultant != null && (!Number.isSafeInteger(r.quota_per_consultant) || Number(r.quota_per_consultant) < 1)) {
    errors.quota_per_consultant = reason('too_small', { min: 1 });
  }
  for (const flag of ['exclude_no_consent', 'one_per_household', 'dry_run']) {
    if (r[flag] != null && typeof r[flag] !== 'boolean') errors[flag] = reason('not_boolean');
  }
  if (Object.keys(errors).length) throw badRequest(errors);
  return r as unknown as InviteRequest;
}

const normal = (v: string | null) => (v ? v.replace(/[\s\-+]/g, '').toLowerCase() : null);

export async function inviteAudience(db: Knex, service: ResourceService, eventId: number, raw: unknown, ctx: AuditContext): Promise<InviteResult> {
  const participants = getResource('event_participants');
  const customers = getResource('customers');
  if (!participants || !customers) throw new AppError(404, 'unknown_resource');
  assertCan(ctx.actor, participants, 'create');
  const request = requestOf(raw);
  const dryRun = request.dry_run === true;
  const batchId = `invite-${crypto.randomUUID()}`;
  const work = async (trx: Knex.Transaction | Knex): Promise<InviteResult> => {
    const event = await trx('events').where({ id: eventId }).first();
    if (!event) throw new AppError(404, 'not_found');
    if (!OPEN.has(String(event.status))) throw badRequest({ status: reason('event_closed', { status: String(event.status) }) });
    let filter = request.filter;
    if (request.segment_id != null) {
      const segment = await trx('segments').where({ id: request.segment_id }).first();
      if (!segment) throw badRequest({ segment_id: reason('no_such_record', { resource: 'segments' }) });
      const twice = await trx('event_invitation_runs').where({ event_id: eventId, segment_id: request.segment_id }).first('id');
      if (twice) throw badRequest({ segment_id: reason('segment_invited') });
      filter = typeof segment.filter === 'string' ? JSON.parse(segment.filter) : segment.filter;
    }
    const query = parseListQuery(customers, { filter: JSON.stringify(filter ?? {}) });
    const found: Candidate[] = await service.filtered(customers, query, ctx, trx as Knex)
      .select('customers.id', 'customers.name', 'customers.phone', 'customers.address', 'customers.owner_id', 'customers.consent_sms', 'customers.consent_email')
      .orderBy('customers.id').limit(MAX_INVITES + 1);
    if (found.length > MAX_INVITES) throw badRequest({ filter: reason('too_many_rows', { count: `> ${MAX_INVITES}`, max: MAX_INVITES }) });

    const existing: { customer_id: number; phone: string | null; address: string | null; owner_id: number | null; rsvp: string; waitlisted: unknown }[] = await trx('event_participants')
      .join('customers', 'customers.id', 'event_participants.customer_id')
      .where('event_participants.event_id', eventId)
      .select('event_participants.customer_id', 'customers.phone', 'customers.address', 'customers.owner_id', 'event_participants.rsvp', 'event_participants.waitlisted');
    const invitedAlready = new Set(existing.map((p) => Number(p.customer_id)));
    const phones = new Set(existing.map((p) => normal(p.phone)).filter(Boolean));
    const addresses = new Set(existing.map((p) => normal(p.address)).filter(Boolean));
    // a consultant's quota counts whom earlier runs already invited for this event (and who did not decline)
    const perOwner = new Map<number, number>();
    for (const p of existing) if (p.owner_id != null && p.rsvp !== 'no') perOwner.set(Number(p.owner_id), (perOwner.get(Number(p.owner_id)) ?? 0) + 1);
    const excluded = { already_invited: 0, no_consent: 0, household: 0, quota: 0 };
    const chosen: Candidate[] = [];
    const consent = CONSENT[request.channel];
    for (const c of found) {
      if (invitedAlready.has(Number(c.id))) { excluded.already_invited++; continue; }
      if (request.exclude_no_consent !== false && consent && !c[consent as keyof Candidate]) { excluded.no_consent++; continue; }
      const phone = normal(c.phone);
      const address = normal(c.address);
      if (request.one_per_household !== false && ((phone && phones.has(phone)) || (address && addresses.has(address)))) { excluded.household++; continue; }
      if (request.quota_per_consultant != null && c.owner_id != null) {
        const n = perOwner.get(c.owner_id) ?? 0;
        if (n >= request.quota_per_consultant) { excluded.quota++; continue; }
        perOwner.set(c.owner_id, n + 1);
      }
      if (phone) phones.add(phone);
      if (address) addresses.add(address);
      chosen.push(c);
    }
    const taken = existing.filter((p) => p.rsvp !== 'no' && !p.waitlisted).length;
    const free = event.capacity == null ? chosen.length : Math.max(0, Number(event.capacity) - taken);
    const invited = Math.min(free, chosen.length);
    const result: InviteResult = {
      matched: found.length, excluded, invited, waitlisted: chosen.length - invited, greetings: invited, batch_id: dryRun ? null : batchId, dry_run: dryRun,
    };
    if (dryRun || !chosen.length) return { ...result, batch_id: dryRun || !chosen.length ? null : batchId };

    const stamp = new Date().toISOString();
    const base = { created_at: stamp, updated_at: stamp, version: 1 };
    const [run] = await trx('event_invitation_runs').insert({
      ...base, event_id: eventId, segment_id: request.segment_id ?? null, filter: request.segment_id == null ? JSON.stringify(filter ?? {}) : null,
      channel: request.channel, invited, waitlisted: chosen.length - invited, batch_id: batchId, author_id: ctx.actor.id,
    }, ['id']);
    const runId = Number((run as { id: number }).id);
    const writer = await BatchInsert.open(trx as Knex.Transaction);
    try {
      await writer.insert('event_participants', chosen.map((c, i) => ({
        ...base, event_id: eventId, customer_id: c.id, invited_at: stamp, rsvp: 'pending', attended: false, checked_in_at: null, walk_in: false,
        notes: i < invited ? null : '名额已满，列入候补名单', waitlisted: i >= invited, invite_channel: request.channel,
        qr_token: `${runId.toString(36)}-${crypto.randomBytes(9).toString('base64url')}`, run_id: runId,
      })));
      const when = new Date(event.start_at).toLocaleString('zh-CN', { timeZone: 'Asia/Shanghai', month: 'long', day: 'numeric', hour: '2-digit', minute: '2-digit' });
      await writer.insert('care_touches', chosen.slice(0, invited).map((c) => ({
        ...base, customer_id: c.id, touch_type: 'event_invitation', holiday: null, channel: request.channel, scheduled_date: stamp.slice(0, 10),
        sent_date: null, status: 'scheduled', gift: null, staff_id: c.owner_id,
        message: `尊敬的${c.name}：诚邀您参加${String(event.title)}（${when}${event.place ? `，${String(event.place)}` : ''}），期待您的光临！`,
      })));
      const ids = new Map((await trx('event_participants').where({ run_id: runId }).select('id', 'customer_id')).map((r) => [Number(r.customer_id), Number(r.id)]));
      await writer.insert('audit_log', chosen.map((c) => ({
        ...base, user_id: ctx.actor.id, username: ctx.actor.username, action: 'create', resource: 'event_participants', record_id: ids.get(c.id) ?? null,
        record_title: c.name.slice(0, 200), changes: JSON.stringify({ event_id: { from: null, to: eventId }, customer_id: { from: null, to: c.id } }),
        request_id: ctx.requestId?.slice(0, 64) ?? null, batch_id: batchId,
      })));
    } finally {
      writer.release();
    }
    return result;
  };
  return dryRun ? work(db) : db.transaction(work);
}
