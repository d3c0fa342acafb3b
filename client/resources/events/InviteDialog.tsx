import { useState } from 'react';
import { Alert, Button, Dialog, DialogActions, DialogContent, DialogTitle, Stack, useMediaQuery, type Theme } from '@mui/material';
import { useNotify, useTranslate } from 'react-admin';
import { errorMessage, fieldErrors } from '../../pages/account/fieldErrors';
import type { InviteResult } from './eventsApi';
import { InviteAudienceFields } from './InviteAudienceFields';
import { InviteOptionsFields } from './InviteOptionsFields';
import { InvitePreview } from './InvitePreview';
import { draftErrors, initialDraft, inviteRequest, sameRequest, type InviteDraft } from './inviteDraft';
import { useInvite } from './useEventCalls';

/** The reasons the dialog shows beside an input; anything else (the event is closed, too many rows) goes on top. */
const FIELDS = new Set(['segment_id', 'filter', 'channel', 'quota_per_consultant']);

export interface InviteDialogProps {
  eventId: number;
  onClose: () => void;
}

/** Invite customers in two steps: a dry run says who would be invited, left out or waitlisted; then 确认邀请 commits. */
export function InviteDialog({ eventId, onClose }: InviteDialogProps) {
  const translate = useTranslate();
  const notify = useNotify();
  const fullScreen = useMediaQuery((theme: Theme) => theme.breakpoints.down('sm'));
  const invite = useInvite(eventId);
  const [draft, setDraft] = useState<InviteDraft>(initialDraft);
  const [preview, setPreview] = useState<{ draft: InviteDraft; result: InviteResult } | null>(null);
  const [shown, setShown] = useState<Record<string, string>>({});
  const [headline, setHeadline] = useState('');

  const change = (part: Partial<InviteDraft>) => {
    setDraft((d) => ({ ...d, ...part }));
    setShown((errors) => Object.fromEntries(Object.entries(errors).filter(([field]) => !FIELDS.has(field))));
  };

  const send = async (dryRun: boolean) => {
    const local = draftErrors(draft);
    if (Object.keys(local).length) {
      setShown(Object.fromEntries(Object.entries(local).map(([field, key]) => [field, translate(key)])));
      return;
    }
    setShown({});
    setHeadline('');
    try {
      const result = await invite.mutateAsync(inviteRequest(draft, dryRun));
      if (dryRun) {
        setPreview({ draft, result });
      } else {
        notify('crm.events.invite.done', { type: 'success', messageArgs: { invited: result.invited, waitlisted: result.waitlisted } });
        onClose();
      }
    } catch (error) {
      const reasons = fieldErrors(error);
      setShown(reasons);
      const other = Object.entries(reasons).filter(([field]) => !FIELDS.has(field)).map(([, reason]) => reason);
      setHeadline(other.length ? other.join('；') : Object.keys(reasons).length ? '' : translate(errorMessage(error), { _: errorMessage(error) }));
    }
  };

  const stale = preview !== null && !sameRequest(preview.draft, draft);
  const committable = preview !== null && !stale && preview.result.invited + preview.result.waitlisted > 0;
  return (
    <Dialog open onClose={invite.isPending ? undefined : onClose} fullWidth maxWidth="sm" fullScreen={fullScreen}>
      <DialogTitle>{translate('crm.events.invite.title')}</DialogTitle>
      <DialogContent>
        <Stack spacing={2} sx={{ pt: 1 }}>
          {headline && <Alert severity="error" data-testid="invite-error">{headline}</Alert>}
          <InviteAudienceFields draft={draft} onChange={change} errors={shown} />
          <InviteOptionsFields draft={draft} onChange={change} errors={shown} />
          {preview && <InvitePreview result={preview.result} stale={stale} />}
        </Stack>
      </DialogContent>
      <DialogActions sx={{ flexWrap: 'wrap', gap: 1 }}>
        <Button onClick={onClose} disabled={invite.isPending}>{translate('ra.action.cancel')}</Button>
        <Button variant={committable ? 'outlined' : 'contained'} onClick={() => void send(true)} disabled={invite.isPending}>
          {translate('crm.events.invite.preview')}
        </Button>
        <Button variant="contained" onClick={() => void send(false)} disabled={!committable || invite.isPending} data-testid="invite-confirm">
          {translate('crm.events.invite.confirm')}
        </Button>
      </DialogActions>
    </Dialog>
  );
}
