import { describe, expect, it } from 'vitest';
import { countInvitees, filterOf, inviteesFor, type Invitee } from './invitationRows';
import { qrShape } from './qrPath';
import { scannedToken } from '../checkin/roster';

const invitee = (id: number, name: string, extra: Partial<Invitee['participant']> = {}): Invitee => ({
  participant: { id, customer_id: id, rsvp: 'pending', attended: false, checked_in_at: null, waitlisted: false, walk_in: false, invite_channel: 'sms', qr_token: `t-${id}`, ...extra },
  customer: { id, name, phone: null, tier_id: null, owner_id: null },
});

describe('the invitation list', () => {
  const list = [
    invitee(1, '张伟', { rsvp: 'yes' }),
    invitee(2, '安娜', { rsvp: 'yes', waitlisted: true }),
    invitee(3, '陈静', { rsvp: 'yes', attended: true }),
    invitee(4, '白雪', { rsvp: 'no' }),
  ];

  it('when counted, then confirmed are the yes answers with a place, apart from the waiting list', () => {
    expect(countInvitees(list)).toEqual({ invited: 4, confirmed: 2, waitlisted: 1, attended: 1 });
  });

  it('when filtered, then each filter keeps its people in pinyin order of their names', () => {
    expect(inviteesFor(list, 'all').map((i) => i.customer?.name)).toEqual(['安娜', '白雪', '陈静', '张伟']);
    expect(inviteesFor(list, 'confirmed').map((i) => i.participant.id)).toEqual([3, 1]);
    expect(inviteesFor(list, 'waitlisted').map((i) => i.participant.id)).toEqual([2]);
  });

  it('when the URL names an unknown filter, then everybody is shown', () => {
    expect(filterOf('waitlisted')).toBe('waitlisted');
    expect(filterOf('nobody')).toBe('all');
    expect(filterOf(null)).toBe('all');
  });

  it('when a token becomes a QR code, then it is a square symbol of dark modules, and the desk reads the token back unchanged', () => {
    const token = '1k-Xy3_AbCdEfGhIjKl';
    const shape = qrShape(token);
    expect(shape.size).toBeGreaterThanOrEqual(21);
    expect((shape.size - 17) % 4).toBe(0);
    expect(shape.path).toMatch(/^M\d+ \d+h1v1h-1z/);
    // the finder pattern's corner is dark; a different token draws a different symbol
    expect(shape.path.startsWith('M0 0h1v1h-1z')).toBe(true);
    expect(qrShape('1k-other').path).not.toBe(shape.path);
    expect(scannedToken(`${token}\n`)).toBe(token);
  });
});
