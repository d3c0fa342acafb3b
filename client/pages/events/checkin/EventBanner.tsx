import { Box, Paper, Skeleton, Stack, Typography } from '@mui/material';
import EventIcon from '@mui/icons-material/Event';
import PlaceIcon from '@mui/icons-material/Place';
import { RecordContextProvider, useLocale, type RaRecord } from 'react-admin';
import { EnumField } from '../../../fields/EnumField';
import { CheckInCounts } from './CheckInCounts';
import { eventWhen } from './eventTime';

/** The event at the top of the desk: what, when, where, its state, and how many have come so far. */
export function EventBanner({ event }: { event: RaRecord }) {
  const locale = useLocale();
  return (
    <Paper variant="outlined" sx={{ p: { xs: 1.5, sm: 2 }, mb: 2 }}>
      <Stack direction={{ xs: 'column', md: 'row' }} spacing={2} sx={{ alignItems: { md: 'center' }, justifyContent: 'space-between' }}>
        <Box sx={{ minWidth: 0 }}>
          <Stack direction="row" spacing={1} sx={{ alignItems: 'center', flexWrap: 'wrap', rowGap: 0.5 }}>
            <Typography variant="h5" component="h1" sx={{ fontWeight: 600, fontSize: { xs: '1.3rem', sm: '1.5rem' } }}>
              {String(event.title ?? '')}
            </Typography>
            <RecordContextProvider value={event}>
              <EnumField source="status" list="event_status" />
            </RecordContextProvider>
          </Stack>
          <Stack direction={{ xs: 'column', sm: 'row' }} spacing={{ xs: 0.25, sm: 2 }} sx={{ color: 'text.secondary', mt: 0.5 }}>
            <Stack direction="row" spacing={0.5} sx={{ alignItems: 'center' }}>
              <EventIcon fontSize="small" />
              <Typography variant="body2" sx={{ fontVariantNumeric: 'tabular-nums' }}>{eventWhen(event.start_at, event.end_at, locale)}</Typography>
            </Stack>
            {event.place ? (
              <Stack direction="row" spacing={0.5} sx={{ alignItems: 'center', minWidth: 0 }}>
                <PlaceIcon fontSize="small" />
                <Typography variant="body2" noWrap>{String(event.place)}</Typography>
              </Stack>
            ) : null}
          </Stack>
        </Box>
        <CheckInCounts eventId={Number(event.id)} />
      </Stack>
    </Paper>
  );
}

export function EventBannerSkeleton() {
  return (
    <Paper variant="outlined" sx={{ p: 2, mb: 2 }}>
      <Skeleton width="60%" height={36} />
      <Skeleton width="40%" />
    </Paper>
  );
}
