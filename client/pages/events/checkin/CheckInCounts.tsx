import { Box, Stack, Typography } from '@mui/material';
import { useTranslate } from 'react-admin';
import { formatInteger } from '../../../i18n/formats';
import { useScorecard } from '../../../resources/events/useEventCalls';

const REFRESH_MS = 20_000;

/** Attended / confirmed / invited, live: read again after each sign-in here and every 20 s for the other desks. */
export function CheckInCounts({ eventId }: { eventId: number }) {
  const translate = useTranslate();
  const { data } = useScorecard(eventId, REFRESH_MS);
  const counts = [
    { key: 'attended', value: data?.attended, color: 'success.main' },
    { key: 'confirmed', value: data?.confirmed, color: 'text.primary' },
    { key: 'invited', value: data?.invited, color: 'text.primary' },
  ];
  return (
    <Stack direction="row" spacing={1} aria-live="polite" sx={{ flexShrink: 0 }}>
      {counts.map(({ key, value, color }) => (
        <Box key={key} sx={{ flex: 1, minWidth: 88, textAlign: 'center', px: 1.5, py: 0.75, borderRadius: 2, bgcolor: 'action.hover' }}>
          <Typography sx={{ fontSize: '1.75rem', fontWeight: 700, lineHeight: 1.2, color, fontVariantNumeric: 'tabular-nums' }} data-testid={`count-${key}`}>
            {value == null ? '–' : formatInteger(value)}
          </Typography>
          <Typography variant="caption" sx={{ color: 'text.secondary' }}>
            {translate(`crm.events.checkin.counts.${key}`)}
          </Typography>
        </Box>
      ))}
    </Stack>
  );
}
