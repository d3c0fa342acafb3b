import { Box } from '@mui/material';
import type { Invitee } from './invitationRows';
import { QrCard } from './QrCard';

export interface QrCardsProps {
  invitees: readonly Invitee[];
  eventTitle: string;
  when: string;
  place: string;
}

/** The cards two to a row (eight to an A4 page), to cut out and hand over or send as a photo. */
export function QrCards({ invitees, eventTitle, when, place }: QrCardsProps) {
  return (
    <Box data-testid="qr-cards" sx={{ display: 'grid', gridTemplateColumns: { xs: '1fr', sm: 'repeat(2, minmax(0, 1fr))' }, gap: 1.5, '@media print': { gridTemplateColumns: 'repeat(2, minmax(0, 1fr))', gap: '4mm' } }}>
      {invitees.map(({ participant, customer }) => (
        <QrCard key={participant.id} name={customer?.name ?? `#${participant.customer_id}`} eventTitle={eventTitle} when={when} place={place} token={participant.qr_token} />
      ))}
    </Box>
  );
}
