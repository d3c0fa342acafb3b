import type { SameKeys } from './en';
import type { invitationsMessagesZh } from './invitations.zh';

export const invitationsMessagesEn: SameKeys<typeof invitationsMessagesZh> = {
  title: 'Invitation list',
  back: 'Back to the event',
  print: 'Print',
  mode: {
    table: 'List',
    cards: 'QR invitation cards',
  },
  filter: {
    all: 'All',
    confirmed: 'Confirmed',
    waitlisted: 'Waiting list',
  },
  counts: {
    invited: '%{count} invited',
    confirmed: '%{count} confirmed',
    waitlisted: '%{count} on the waiting list',
    attended: '%{count} signed in',
  },
  columns: {
    index: 'No.',
    name: 'Name',
    phone: 'Phone',
    tier: 'Tier',
    consultant: 'Sales consultant',
    channel: 'Channel',
    rsvp: 'RSVP',
    waitlisted: 'Waiting list',
    signed_in: 'Signed in',
  },
  yes: 'Yes',
  walk_in: 'Walk-in',
  empty: 'No invitees match.',
  card: {
    greeting: 'You are invited to',
    scan: 'Show this code at the door to sign in',
  },
};
