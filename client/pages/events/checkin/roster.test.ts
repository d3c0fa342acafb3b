import { describe, expect, it } from 'vitest';
import type { ParticipantRecord } from '../../../resources/events/eventsApi';
import { clockTime, matchesQuery, scannedToken, searchRoster, withParticipant, type RosterEntry } from './roster';

const participant = (id: number, attended = false): ParticipantRecord => ({
  id, event_id: 1, customer_id: id * 10, rsvp: 'yes', attended, checked_in_at: attended ? '2026-05-01T06:05:00Z' : null, walk_in: false, waitlisted: false,
});
const entry = (id: number, name: string, phone: string | null, attended = false): RosterEntry => ({
  participant: participant(id, attended), customer: { id: id * 10, name, phone },
});

describe('matchesQuery', () => {
  const wang = entry(1, '王小明', '138****5678');
  it('When the query is part of the name, then it matches', () => {
    expect(matchesQuery(wang, '小明')).toBe(true);
    expect(matchesQuery(wang, ' 王 ')).toBe(true);
  });
  it('When the query is digits seen in a masked phone, then it matches', () => {
    expect(matchesQuery(wang, '138')).toBe(true);
    expect(matchesQuery(wang, '5678')).toBe(true);
    expect(matchesQuery(wang, '1399')).toBe(false);
  });
  it('When the query is empty, then everybody matches', () => {
    expect(matchesQuery(wang, '  ')).toBe(true);
  });
  it('When the customer is not loaded, then only an empty query matches', () => {
    expect(matchesQuery({ participant: participant(2), customer: undefined }, '王')).toBe(false);
  });
});

describe('searchRoster', () => {
  it('When some have signed in, then those still to come are listed first, each part by name', () => {
    const list = [entry(1, '赵六', null), entry(2, '李四', null, true), entry(3, '陈一', null)];
    expect(searchRoster(list, '').map((e) => e.participant.id)).toEqual([3, 1, 2]);
  });
});

describe('withParticipant', () => {
  it('When the participant is on the roster, then its row is replaced and its customer kept', () => {
    const list = [entry(1, '王小明', null)];
    const next = withParticipant(list, participant(1, true));
    expect(next[0].participant.attended).toBe(true);
    expect(next[0].customer?.name).toBe('王小明');
    expect(list[0].participant.attended).toBe(false);
  });
  it('When the participant is new (a walk-in), then it is added with the chosen customer', () => {
    const next = withParticipant([], participant(5, true), { id: 50, name: '刘备', phone: null });
    expect(next).toHaveLength(1);
    expect(next[0].customer?.name).toBe('刘备');
  });
});

describe('scannedToken', () => {
  it('When a scanner types the token with a line end, then the token is kept alone', () => {
    expect(scannedToken('  1a-AbC_dEf\r\n')).toBe('1a-AbC_dEf');
  });
  it('When a link carries the token, then the token is read from it', () => {
    expect(scannedToken('https://crm.example.cn/checkin?token=1a-xyz')).toBe('1a-xyz');
    expect(scannedToken('https://crm.example.cn/e/7/check-in/1a-xyz')).toBe('1a-xyz');
  });
});

describe('clockTime', () => {
  it('When given a moment, then it reads HH:mm in local time', () => {
    const d = new Date(2026, 4, 1, 9, 5);
    expect(clockTime(d.toISOString())).toBe('09:05');
  });
  it('When given nothing, then it reads nothing', () => {
    expect(clockTime(null)).toBe('');
  });
});
