/** The invitation list's filters: everybody, those who said yes (and have a place), the waiting list. */
export type InviteeFilter = 'all' | 'confirmed' | 'waitlisted';
export const INVITEE_FILTERS: readonly InviteeFilter[] = ['all', 'confirmed', 'waitlisted'];

export interface InviteeParticipant {
  id: number;
  customer_id: number;
  rsvp: string;
  attended: boolean;
  checked_in_at: string | null;
  waitlisted: boolean;
  walk_in: boolean;
  invite_channel: string | null;
  qr_token: string | null;
}

export interface InviteeCustomer {
  id: number;
  name: string;
  phone: string | null;
  tier_id: number | null;
  owner_id: number | null;
}

export interface Invitee {
  participant: InviteeParticipant;
  customer: InviteeCustomer | undefined;
}

export interface InviteeCounts {
  invited: number;
  confirmed: number;
  waitlisted: number;
  attended: number;
}

const collator = new Intl.Collator('zh-CN-u-co-pinyin', { sensitivity: 'base', numeric: true });

export const isConfirmed = (p: InviteeParticipant) => p.rsvp === 'yes' && !p.waitlisted;

export function countInvitees(list: readonly Invitee[]): InviteeCounts {
  return {
    invited: list.length,
    confirmed: list.filter((i) => isConfirmed(i.participant)).length,
    waitlisted: list.filter((i) => i.participant.waitlisted).length,
    attended: list.filter((i) => i.participant.attended).length,
  };
}

/** Those the filter keeps, by name in pinyin order as on a paper list (the same order as the sign-in sheet). */
export function inviteesFor(list: readonly Invitee[], filter: InviteeFilter): Invitee[] {
  const kept = list.filter(({ participant: p }) => (filter === 'confirmed' ? isConfirmed(p) : filter === 'waitlisted' ? p.waitlisted : true));
  return kept.sort((a, b) => collator.compare(a.customer?.name ?? '', b.customer?.name ?? '') || a.participant.id - b.participant.id);
}

export function filterOf(value: string | null): InviteeFilter {
  return (INVITEE_FILTERS as readonly string[]).includes(value ?? '') ? (value as InviteeFilter) : 'all';
}
