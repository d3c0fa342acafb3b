/**
 * Where a complaint stands against its SLA, for lists, chips and the "about to breach" filter; pure, shared by the
 * server and the screens. Until the first response (the confirmation) the first-response clock runs, then the
 * resolve clock until the complaint is resolved. "Due soon" means the deadline falls before `dueSoonUntil`: the
 * instant `warn_before_hours` of working time from now, which the server works out with the calendar.
 */
export type SlaState = 'ok' | 'due_soon' | 'breached' | 'paused' | 'met' | 'late' | 'none';
export type SlaClockName = 'first_response' | 'resolve';

/** The columns read: status, received_at, responded_at, resolved_at, the two deadlines and paused_at. */
export type SlaFields = Readonly<Record<string, unknown>>;

export interface SlaView {
  state: SlaState;
  /** the clock running now (null once resolved) */
  clock: SlaClockName | null;
  due_at: string | null;
}

/** Statuses in which the department still owes the customer a resolution. */
export const OPEN_STATUSES = ['received', 'confirmed', 'assigned', 'reopened'] as const;

const time = (v: unknown): number | null => {
  if (v == null || v === '') return null;
  const ms = new Date(v as string).getTime();
  return Number.isNaN(ms) ? null : ms;
};
const iso = (v: unknown): string | null => {
  const ms = time(v);
  return ms === null ? null : new Date(ms).toISOString();
};

export function slaState(c: SlaFields, now: Date, dueSoonUntil: Date): SlaView {
  const open = (OPEN_STATUSES as readonly unknown[]).includes(c.status);
  if (!open) {
    const late = [[c.responded_at, c.first_response_due_at], [c.resolved_at, c.resolve_due_at]].some(([done, due]) => {
      const [d, u] = [time(done), time(due)];
      return d !== null && u !== null && d > u;
    });
    const any = time(c.first_response_due_at) !== null || time(c.resolve_due_at) !== null;
    return { state: !any ? 'none' : late ? 'late' : 'met', clock: null, due_at: null };
  }
  const clock: SlaClockName = c.status === 'received' || time(c.responded_at) === null ? 'first_response' : 'resolve';
  const dueRaw = clock === 'first_response' ? c.first_response_due_at : c.resolve_due_at;
  const due = time(dueRaw);
  if (due === null) return { state: 'none', clock, due_at: null };
  if (time(c.paused_at) !== null) return { state: 'paused', clock, due_at: iso(dueRaw) };
  const state: SlaState = due <= now.getTime() ? 'breached' : due <= dueSoonUntil.getTime() ? 'due_soon' : 'ok';
  return { state, clock, due_at: iso(dueRaw) };
}
