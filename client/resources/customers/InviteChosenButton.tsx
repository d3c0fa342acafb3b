import { useState } from 'react';
import { Button, Dialog, DialogActions, DialogContent, DialogTitle, MenuItem, TextField, useMediaQuery, type Theme } from '@mui/material';
import EventAvailableIcon from '@mui/icons-material/EventAvailable';
import { useCanAccess, useGetList, useLocaleState, useTranslate } from 'react-admin';
import { formatDateTime } from '../../i18n/formats';
import { InviteDialog } from '../events/InviteDialog';
import type { BulkTarget } from '../../bulk/bulkTypes';
import { isFilterTarget } from '../../bulk/bulkTypes';

// events still to come or running; drafts too, as invitations often go out while the plan is being approved
const OPEN = ['draft', 'planned', 'approved', 'running'];

/** The list's choice as the invitation's customer filter: the ticked rows by id, or the list's whole filter. */
export const chosenFilter = (target: BulkTarget): Record<string, unknown> => (isFilterTarget(target) ? target.filter : { id: target.ids });

/**
 * 邀请参加活动 on the customers list's bulk bar: pick an open event, then the invitation dialog with the ticked
 * customers (or every one the filter matches) as its audience — counted by a dry run before anything is sent.
 * Shown to those who may invite (create event participants).
 */
export function InviteChosenButton({ target, count }: { target: BulkTarget; count: number }) {
  const translate = useTranslate();
  const { canAccess } = useCanAccess({ resource: 'event_participants', action: 'create' });
  const [step, setStep] = useState<'closed' | 'pick' | 'invite'>('closed');
  const [eventId, setEventId] = useState<number | null>(null);
  if (!canAccess) return null;
  return (
    <>
      <Button size="small" startIcon={<EventAvailableIcon />} onClick={() => setStep('pick')} data-testid="invite-chosen-button">
        {translate('crm.events.invite.from_list')}
      </Button>
      {step === 'pick' && (
        <PickEventDialog value={eventId} onChange={setEventId} onCancel={() => setStep('closed')} onNext={() => setStep('invite')} />
      )}
      {step === 'invite' && eventId != null && (
        <ChosenInvite eventId={eventId} target={target} count={count} onClose={() => setStep('closed')} />
      )}
    </>
  );
}

function useOpenEvents() {
  return useGetList('events', { pagination: { page: 1, perPage: 100 }, sort: { field: 'start_at', order: 'ASC' }, filter: { status: OPEN } });
}

function ChosenInvite({ eventId, target, count, onClose }: { eventId: number; target: BulkTarget; count: number; onClose: () => void }) {
  const { data = [] } = useOpenEvents();
  const eventName = String(data.find((e) => e.id === eventId)?.title ?? `#${eventId}`);
  return <InviteDialog eventId={eventId} onClose={onClose} chosen={{ filter: chosenFilter(target), count, eventName }} />;
}

function PickEventDialog({ value, onChange, onCancel, onNext }: { value: number | null; onChange: (id: number) => void; onCancel: () => void; onNext: () => void }) {
  const translate = useTranslate();
  const [locale] = useLocaleState();
  const fullScreen = useMediaQuery((theme: Theme) => theme.breakpoints.down('sm'));
  const { data = [], isPending } = useOpenEvents();
  const t = (key: string) => translate(`crm.events.invite.${key}`);
  return (
    <Dialog open onClose={onCancel} fullWidth maxWidth="sm" fullScreen={fullScreen} data-testid="pick-event-dialog">
      <DialogTitle>{t('from_list')}</DialogTitle>
      <DialogContent dividers>
        <TextField
          select fullWidth label={t('pick_event')} value={value ?? ''}
          onChange={(e) => onChange(Number(e.target.value))}
          helperText={!isPending && data.length === 0 ? t('no_events') : t('pick_event_hint')}
          slotProps={{ htmlInput: { 'data-testid': 'pick-event' } }}
        >
          {data.map((e) => (
            <MenuItem key={e.id} value={Number(e.id)}>
              {String(e.title)} · {formatDateTime(e.start_at, locale)} · {translate(`enums.event_status.${String(e.status)}`)}
            </MenuItem>
          ))}
        </TextField>
      </DialogContent>
      <DialogActions>
        <Button onClick={onCancel}>{translate('ra.action.cancel')}</Button>
        <Button variant="contained" disabled={value == null} onClick={onNext} data-testid="pick-event-next">{t('next')}</Button>
      </DialogActions>
    </Dialog>
  );
}
