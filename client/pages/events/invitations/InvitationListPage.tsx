import { useState } from 'react';
import { Link as RouterLink, useParams } from 'react-router-dom';
import { Alert, Box, Button, LinearProgress, Stack, ToggleButton, ToggleButtonGroup, Typography } from '@mui/material';
import ArrowBackIcon from '@mui/icons-material/ArrowBack';
import PrintIcon from '@mui/icons-material/Print';
import { Title, useGetOne, useLocale, useTranslate } from 'react-admin';
import { eventWhen } from '../checkin/eventTime';
import { countInvitees, INVITEE_FILTERS, inviteesFor, type InviteeFilter } from './invitationRows';
import { InvitationTable } from './InvitationTable';
import { QrCards } from './QrCards';
import { invitationPrintStyles } from './printStyles';
import { useInvitees } from './useInvitees';
import { PAGE_PATHS } from '../../pagePaths';

type Mode = 'table' | 'cards';

/**
 * The printable invitation list of one event (#/events/<id>/invitations): the event, its counts, and everyone
 * invited as a table or as one QR invitation card each (the code the check-in desk scans), filtered to all,
 * the confirmed or the waiting list.
 */
export function InvitationListPage() {
  const { id } = useParams();
  const eventId = Number(id);
  const translate = useTranslate();
  const locale = useLocale();
  const [filter, setFilter] = useState<InviteeFilter>('all');
  const [mode, setMode] = useState<Mode>('table');
  const { data: event, error: eventError } = useGetOne('events', { id: eventId }, { enabled: eventId > 0 });
  const { data, isPending, error } = useInvitees(eventId);
  if (eventError || error) return <Alert severity="error" sx={{ m: 2 }}>{translate('ra.notification.http_error')}</Alert>;
  if (!event || isPending || !data) return <LinearProgress sx={{ m: 2 }} />;
  const counts = countInvitees(data.invitees);
  const shown = inviteesFor(data.invitees, filter);
  const when = eventWhen(event.start_at, event.end_at, locale);
  const place = event.place ? String(event.place) : '';
  return (
    <Box className="crm-invitations" sx={{ p: { xs: 1, sm: 2 }, maxWidth: 1100, mx: 'auto', width: '100%' }}>
      <Title title={`${String(event.title)} · ${translate('crm.invitations.title')}`} />
      {invitationPrintStyles}
      <Stack className="no-print" direction="row" sx={{ flexWrap: 'wrap', gap: 1, alignItems: 'center', mb: 2 }}>
        <Button component={RouterLink} to={`/events/${eventId}/show`} startIcon={<ArrowBackIcon />} size="small">{translate('crm.invitations.back')}</Button>
        <Box sx={{ flex: 1 }} />
        <ToggleButtonGroup size="small" exclusive value={filter} onChange={(_, v: InviteeFilter | null) => v && setFilter(v)} aria-label={translate('crm.invitations.title')}>
          {INVITEE_FILTERS.map((f) => <ToggleButton key={f} value={f}>{translate(`crm.invitations.filter.${f}`)}</ToggleButton>)}
        </ToggleButtonGroup>
        <ToggleButtonGroup size="small" exclusive value={mode} onChange={(_, v: Mode | null) => v && setMode(v)}>
          <ToggleButton value="table">{translate('crm.invitations.mode.table')}</ToggleButton>
          <ToggleButton value="cards">{translate('crm.invitations.mode.cards')}</ToggleButton>
        </ToggleButtonGroup>
        <Button variant="contained" size="small" startIcon={<PrintIcon />} onClick={() => window.print()}>{translate('crm.invitations.print')}</Button>
      </Stack>
      <Box sx={{ textAlign: 'center', mb: 2 }}>
        <Typography component="h1" sx={{ fontSize: '1.4rem', fontWeight: 700 }}>
          {String(event.title)} · {translate(mode === 'cards' ? 'crm.invitations.mode.cards' : 'crm.invitations.title')}
        </Typography>
        <Typography sx={{ fontSize: '0.9rem' }}>{[when, place].filter(Boolean).join('　')}</Typography>
        <Typography data-testid="invitation-counts" sx={{ fontSize: '0.85rem', color: 'text.secondary' }}>
          {(['invited', 'confirmed', 'waitlisted', 'attended'] as const).map((k) => translate(`crm.invitations.counts.${k}`, { count: counts[k] })).join(' · ')}
          {filter !== 'all' && ` ｜ ${translate(`crm.invitations.filter.${filter}`)} ${shown.length}`}
        </Typography>
      </Box>
      {shown.length === 0 ? (
        <Typography color="text.secondary" sx={{ textAlign: 'center', py: 4 }}>{translate('crm.invitations.empty')}</Typography>
      ) : mode === 'table' ? (
        <InvitationTable invitees={shown} tiers={data.tiers} staff={data.staff} />
      ) : (
        <QrCards invitees={shown} eventTitle={String(event.title)} when={when} place={place} />
      )}
    </Box>
  );
}

InvitationListPage.path = PAGE_PATHS.invitations;
