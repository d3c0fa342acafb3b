import { describe, expect, it } from 'vitest';
import type { ParticipantRecord } from '../../../resources/events/eventsApi';
import type { RosterEntry } from './roster';
import { sheetRows } from './sheetRows';

const entry = (id: number, name: string | null, change: Partial<ParticipantRecord> = {}): RosterEntry => ({
  participant: { id, event_id: 1, customer_id: id, rsvp: 'yes', attended: false, checked_in_at: null, walk_in: false, waitlisted: false, ...change },
  customer: name ? { id, name, phone: '138****0000' } : undefined,
});

describe('sheetRows', () => {
  it('When printed, then everybody is listed by name whether signed in or not', () => {
    const rows = sheetRows([entry(1, '赵六'), entry(2, '陈一', { attended: true, checked_in_at: new Date(2026, 0, 1, 9, 30).toISOString() })]);
    expect(rows.map((r) => r.name)).toEqual(['陈一', '赵六']);
    expect(rows[0].note).toEqual({ message: 'crm.events.checkin.signed_at', args: { time: '09:30' } });
    expect(rows[1].note).toBeNull();
  });
  it('When someone is waitlisted, declined or not loaded, then the note and name say so', () => {
    const rows = sheetRows([entry(1, '甲', { waitlisted: true }), entry(2, '乙', { rsvp: 'no' }), entry(3, null)]);
    expect(rows.find((r) => r.key === 3)?.name).toBe('#3');
    expect(rows.find((r) => r.key === 1)?.note?.message).toBe('crm.events.checkin.status.waitlisted');
    expect(rows.find((r) => r.key === 2)?.note?.message).toBe('enums.rsvp.no');
  });
});
