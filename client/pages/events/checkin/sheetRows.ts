import { byName, clockTime, type RosterEntry } from './roster';

export interface SheetRow {
  key: number;
  name: string;
  phone: string;
  /** a message key and its values for the note column, or null */
  note: { message: string; args?: Record<string, string> } | null;
}

/** The paper list: everybody on the event by name, with what the desk already knows in the note column. */
export function sheetRows(entries: readonly RosterEntry[]): SheetRow[] {
  return entries.slice().sort(byName).map(({ participant, customer }) => ({
    key: participant.id,
    name: customer?.name ?? `#${participant.customer_id}`,
    phone: customer?.phone ?? '',
    note: participant.attended
      ? { message: 'crm.events.checkin.signed_at', args: { time: clockTime(participant.checked_in_at) } }
      : participant.waitlisted
        ? { message: 'crm.events.checkin.status.waitlisted' }
        : participant.rsvp === 'no'
          ? { message: 'enums.rsvp.no' }
          : null,
  }));
}
