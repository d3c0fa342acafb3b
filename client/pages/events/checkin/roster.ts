import type { ParticipantRecord } from '../../../resources/events/eventsApi';

/** The customer of a participation as the list API gives it (the phone already masked for roles that may not see it). */
export interface RosterCustomer {
  id: number;
  name: string;
  phone: string | null;
}

export interface RosterEntry {
  participant: ParticipantRecord;
  customer: RosterCustomer | undefined;
}

const compact = (text: string) => text.replace(/[\s\-+()]/g, '').toLowerCase();
const collator = new Intl.Collator('zh-CN-u-co-pinyin', { sensitivity: 'base', numeric: true });

/** Whether a typed query names this entry: part of the name, or a run of phone digits (a masked 138****5678 matches "138" and "5678"). */
export function matchesQuery(entry: RosterEntry, query: string): boolean {
  const q = compact(query);
  if (!q) return true;
  const name = compact(entry.customer?.name ?? '');
  if (name.includes(q)) return true;
  const phone = compact(entry.customer?.phone ?? '');
  return /^\d+$/.test(q) && phone.includes(q);
}

/** Those still to sign in first, then by name (pinyin order, so 张 comes near the end as on a paper list). */
export function byArrivalThenName(a: RosterEntry, b: RosterEntry): number {
  if (a.participant.attended !== b.participant.attended) return a.participant.attended ? 1 : -1;
  return collator.compare(a.customer?.name ?? '', b.customer?.name ?? '') || a.participant.id - b.participant.id;
}

export function byName(a: RosterEntry, b: RosterEntry): number {
  return collator.compare(a.customer?.name ?? '', b.customer?.name ?? '') || a.participant.id - b.participant.id;
}

export function searchRoster(entries: readonly RosterEntry[], query: string): RosterEntry[] {
  return entries.filter((e) => matchesQuery(e, query)).sort(byArrivalThenName);
}

/** The roster with one participant's row replaced by the server's answer (or added: a walk-in). */
export function withParticipant(entries: readonly RosterEntry[], participant: ParticipantRecord, customer?: RosterCustomer): RosterEntry[] {
  const index = entries.findIndex((e) => e.participant.id === participant.id);
  if (index < 0) return [...entries, { participant, customer }];
  const next = entries.slice();
  next[index] = { participant, customer: entries[index].customer ?? customer };
  return next;
}

/**
 * The token in what a scanner typed or someone pasted: the token itself, or a link carrying it
 * (`…?token=…`, `…/check-in/<token>`), with stray whitespace and line ends gone.
 */
export function scannedToken(text: string): string {
  const raw = text.trim();
  if (!/^https?:\/\//i.test(raw)) return raw.replace(/\s+/g, '');
  try {
    const url = new URL(raw);
    for (const key of ['token', 'qr_token', 'qr', 't']) {
      const value = url.searchParams.get(key);
      if (value) return value.trim();
    }
    const parts = url.pathname.split('/').filter(Boolean);
    return parts.length ? decodeURIComponent(parts[parts.length - 1]) : raw;
  } catch {
    return raw;
  }
}

/** `HH:mm` in the device's time zone, as the desk says it. */
export function clockTime(iso: string | null | undefined): string {
  if (!iso) return '';
  const d = new Date(iso);
  if (Number.isNaN(d.getTime())) return '';
  return `${String(d.getHours()).padStart(2, '0')}:${String(d.getMinutes()).padStart(2, '0')}`;
}
