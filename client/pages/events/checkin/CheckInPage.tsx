import { useState } from 'react';
import { Link as RouterLink, useParams } from 'react-router-dom';
import { Alert, Box, Button, CircularProgress, InputAdornment, Stack, TextField } from '@mui/material';
import ArrowBackIcon from '@mui/icons-material/ArrowBack';
import PrintIcon from '@mui/icons-material/Print';
import SearchIcon from '@mui/icons-material/Search';
import { Title, useCreatePath, useGetOne, useTranslate } from 'react-admin';
import { DeskSnackbar } from './DeskSnackbar';
import { EventBanner, EventBannerSkeleton } from './EventBanner';
import { refusalReason } from './deskFeedback';
import { ParticipantList } from './ParticipantList';
import { SignInSheet } from './SignInSheet';
import { TokenField } from './TokenField';
import { useDesk } from './useDesk';
import { useRoster } from './useRoster';
import { WalkInButton } from './WalkInDialog';
import { PAGE_PATHS } from '../../pagePaths';

/** Only an approved or running event takes sign-ins (the server's rule; the desk says it before anyone tries). */
const ON_THE_DAY = new Set(['approved', 'running']);

/**
 * 活动签到: the desk at the door, on a phone or a tablet. A scanner (or a pasted code) signs a guest in, or the
 * desk searches the guest list by name or phone and taps 签到; walk-ins are registered and signed in at once.
 */
export function CheckInPage() {
  const translate = useTranslate();
  const createPath = useCreatePath();
  const eventId = Number(useParams().id);
  const { data: event, error: eventError } = useGetOne('events', { id: eventId }, { enabled: eventId > 0 });
  const roster = useRoster(eventId);
  const desk = useDesk(eventId);
  const [query, setQuery] = useState('');
  const [sheet, setSheet] = useState(false);
  const open = event ? ON_THE_DAY.has(String(event.status)) : false;
  const entries = roster.data ?? [];

  return (
    <Box sx={{ py: { xs: 1, sm: 2 }, maxWidth: 960, mx: 'auto', width: '100%', minWidth: 0, pb: 10 }}>
      <Title title="crm.events.checkin.title" />
      <Button component={RouterLink} to={createPath({ resource: 'events', type: 'show', id: eventId })} startIcon={<ArrowBackIcon />} size="small" sx={{ mb: 1 }}>
        {translate('crm.events.checkin.back')}
      </Button>
      {eventError ? (
        <Alert severity="error">{refusalReason(eventError) || translate('ra.notification.item_doesnt_exist')}</Alert>
      ) : !event ? (
        <EventBannerSkeleton />
      ) : (
        <>
          <EventBanner event={event} />
          {!open && (
            <Alert severity="warning" sx={{ mb: 2 }} data-testid="event-closed">
              {translate('crm.events.checkin.closed', { status: translate(`enums.event_status.${String(event.status)}`, { _: String(event.status) }) })}
            </Alert>
          )}
          <Stack spacing={2}>
            <TokenField disabled={!open} busy={desk.busy === 'token'} onSubmit={(qr_token) => desk.submit({ qr_token })} />
            <Stack direction={{ xs: 'column', sm: 'row' }} spacing={1.5} sx={{ alignItems: { sm: 'flex-start' } }}>
              <TextField
                fullWidth
                type="search"
                value={query}
                onChange={(e) => setQuery(e.target.value)}
                placeholder={translate('crm.events.checkin.search')}
                helperText={roster.data ? translate('crm.events.checkin.search_hint', { smart_count: entries.length }) : ' '}
                slotProps={{
                  htmlInput: { 'aria-label': translate('crm.events.checkin.search'), 'data-testid': 'roster-search', enterKeyHint: 'search' },
                  input: {
                    sx: { fontSize: '1.2rem', minHeight: 56 },
                    startAdornment: (
                      <InputAdornment position="start">
                        <SearchIcon />
                      </InputAdornment>
                    ),
                  },
                }}
              />
              <Stack direction="row" spacing={1.5} sx={{ flexShrink: 0, '& > *': { flex: { xs: 1, sm: 'none' } } }}>
                <WalkInButton disabled={!open} busy={desk.busy !== null} onSubmit={desk.submit} />
                <Button variant="outlined" size="large" startIcon={<PrintIcon />} disabled={!roster.data} onClick={() => setSheet(true)} sx={{ minHeight: 48 }}>
                  {translate('crm.events.checkin.sheet.button')}
                </Button>
              </Stack>
            </Stack>
            {roster.isPending ? (
              <Stack direction="row" spacing={1} sx={{ alignItems: 'center', justifyContent: 'center', py: 4, color: 'text.secondary' }}>
                <CircularProgress size={22} />
                <span>{translate('crm.events.checkin.loading')}</span>
              </Stack>
            ) : roster.error ? (
              <Alert severity="error" action={<Button color="inherit" onClick={() => void roster.refetch()}>{translate('crm.app.retry')}</Button>}>
                {translate('crm.events.checkin.load_failed', { reason: refusalReason(roster.error) })}
              </Alert>
            ) : (
              <ParticipantList
                key={query}
                entries={entries}
                query={query}
                disabled={!open}
                busy={desk.busy}
                onCheckIn={({ participant, customer }) => void desk.submit({ customer_id: Number(participant.customer_id) }, customer)}
              />
            )}
          </Stack>
          {sheet && <SignInSheet event={event} entries={entries} onClose={() => setSheet(false)} />}
        </>
      )}
      <DeskSnackbar feedback={desk.feedback} onClose={desk.dismiss} />
    </Box>
  );
}

CheckInPage.path = PAGE_PATHS.checkIn;
