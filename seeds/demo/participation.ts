import { at, dayOfMs, isoTime } from './dates.js';
import { stamps, type Ctx, type EventInfo, type Row } from './context.js';
import type { Draft } from './customers.js';
import { followUpRow } from './followUps.js';
import type { LedgerItem } from './ledger.js';
import { weighted } from './random.js';

const pastRsvp = weighted([['yes', 60], ['no', 20], ['maybe', 10], ['pending', 10]] as const);
const futureRsvp = weighted([['pending', 50], ['yes', 35], ['no', 10], ['maybe', 5]] as const);
const SHOW_UP: Record<string, number> = { yes: 0.85, maybe: 0.4, pending: 0.1, no: 0 };

/**
 * Invitations (prospects only to events open to them), RSVPs, sign-in at events that have started, a few
 * walk-ins at past events; attending earns event points. A done event's attendees and confirmed no-shows
 * each have the after-event call the server schedules when an event is done (the next day, China time, by
 * their sales consultant), linked to the event.
 */
export function participationOf(ctx: Ctx, d: Draft): { rows: Row[]; earns: LedgerItem[]; followUps: Row[] } {
  const { rng } = d;
  const { clock } = ctx;
  const out = { rows: [] as Row[], earns: [] as LedgerItem[], followUps: [] as Row[] };
  for (const e of ctx.events) {
    if (e.pInvite === 0 || (d.type === 'prospect' && !e.prospectsWelcome) || d.created > e.inviteDay) continue;
    const started = e.startMs < clock.nowMs && e.status !== 'cancelled';
    const invited = rng.chance(e.pInvite);
    const walkIn = !invited && e.status === 'done' && rng.chance(e.pInvite * 0.06);
    if (!invited && !walkIn) continue;
    const rsvp = walkIn ? 'yes' : started || e.status === 'cancelled' ? pastRsvp.pick(rng) : futureRsvp.pick(rng);
    const attended = walkIn || (started && rng.chance(SHOW_UP[rsvp]));
    const participant = participantRow(ctx, d, e, { invited, walkIn, rsvp, attended });
    out.rows.push(participant);
    if (e.status === 'done' && (attended || rsvp === 'yes')) {
      const staff = d.profile.owner_id == null ? null : Number(d.profile.owner_id);
      out.followUps.push(followUpRow(ctx, d, { reason: 'after_event', due: dayOfMs(e.endMs) + 1, vehicle: null, what: e.title, event: { id: e.id, attended, staff } }));
    }
    if (!attended) continue;
    out.earns.push({ ms: e.startMs + 3_600_000, points: e.points, reason: 'event', sourceType: 'event_participants', sourceId: Number(participant.id), note: `参加活动：${e.title}`, author: ctx.staff.specialists[0] });
  }
  return out;
}

function participantRow(ctx: Ctx, d: Draft, e: EventInfo, p: { invited: boolean; walkIn: boolean; rsvp: string; attended: boolean }): Row {
  const { rng } = d;
  const invitedMs = at(e.inviteDay, rng.int(9, 17), rng.int(0, 59));
  const checkedIn = p.attended ? Math.min(e.startMs + rng.int(0, 60) * 60_000, ctx.clock.nowMs - 60_000) : null;
  const notes = p.walkIn ? '未受邀，现场报名参加' : e.status === 'cancelled' ? '活动取消，已电话通知' : p.rsvp === 'no' ? rng.pick(['时间冲突', '出差在外', '家中有事']) : null;
  const id = ctx.ids.next('event_participants');
  return {
    // the id makes the token unique; the random part makes it unguessable from the id alone
    id, event_id: e.id, customer_id: d.id, qr_token: `${id.toString(36)}-${rng.int(0, 2 ** 30).toString(36)}${rng.int(0, 2 ** 30).toString(36)}`,
    invite_channel: p.invited ? (d.profile.consent_sms ? 'sms' : 'call') : null, waitlisted: false,
    invited_at: p.invited ? isoTime(ctx.clock.past(invitedMs)) : null,
    rsvp: p.rsvp, attended: p.attended, checked_in_at: checkedIn === null ? null : isoTime(checkedIn),
    walk_in: p.walkIn, notes,
    ...stamps(ctx.clock, p.invited ? invitedMs : e.startMs, checkedIn ?? invitedMs + rng.int(1, 5) * 86_400_000),
  };
}
