import { useState } from 'react';
import { Alert, Box, Button, Dialog, DialogActions, DialogContent, DialogTitle, Stack, Typography, useMediaQuery, type Theme } from '@mui/material';
import { formatInteger } from '../../i18n/formats';
import { useNotify, useTranslate } from 'react-admin';
import { errorMessage, fieldErrors } from '../../pages/account/fieldErrors';
import { AUDIENCE_FILTER_KEYS } from './audienceFilter';
import { InviteAudienceFields } from './InviteAudienceFields';
import { InviteOptionsFields } from './InviteOptionsFields';
import { InvitePreview } from './InvitePreview';
import { draftErrors, initialDraft, inviteRequest, requestKey, sameRequest, type InviteDraft } from './inviteDraft';
import { useInvite } from './useEventCalls';
import { useInviteCount } from './useInviteCount';

/** The reasons the dialog shows beside an input; anything else (the event is closed, too many rows) goes on top. */
const FIELDS = new Set<string>(['segment_id', 'filter', 'channel', 'quota_per_consultant', ...AUDIENCE_FILTER_KEYS]);

export interface InviteDialogProps {
  eventId: number;
  onClose: () => void;
  /** customers chosen on the customers list (ticked rows or its whole filter): they are the audience, and the event's name heads the dialog */
  chosen?: { filter: Record<string, unknown>; count: number; eventName: string };
}

/**
 * Invite customers: while the inputs change, a dry run counts who would be invited, left out or waitlisted;
 * 确认邀请 commits exactly the request last counted, and only while the inputs still ask the same.
 */
export function InviteDialog({ eventId, onClose, chosen }: InviteDialogProps) {
  const translate = useTranslate();
  const notify = useNotify();
  const fullScreen = useMediaQuery((theme: Theme) => theme.breakpoints.down('sm'));
  const invite = useInvite(eventId);
  const [draft, setDraft] = useState<InviteDraft>(() => (chosen ? { ...initialDraft, audience: 'list', listFilter: chosen.filter } : initialDraft));
  const [commitFailure, setCommitFailure] = useState<{ key: string; error: unknown } | null>(null);

  // a segment not yet picked is not an error to show: the count just waits for it
  const local = Object.fromEntries(Object.entries(draftErrors(draft)).filter(([field]) => field !== 'segment_id'));
  const countable = Object.keys(draftErrors(draft)).length === 0;
  const { answer, counting, recount } = useInviteCount(eventId, draft, countable);
  const current = answer !== null && sameRequest(answer.draft, draft);
  const failure = commitFailure?.key === requestKey(draft) ? commitFailure.error : current ? answer.error : null;
  const reasons = failure ? fieldErrors(failure) : {};
  const shown = { ...reasons, ...Object.fromEntries(Object.entries(local).map(([field, key]) => [field, translate(key)])) };
  const other = Object.entries(reasons).filter(([field]) => !FIELDS.has(field)).map(([, reason]) => reason);
  const headline = !failure ? '' : other.length ? other.join('；') : Object.keys(reasons).length ? '' : translate(errorMessage(failure), { _: errorMessage(failure) });

  const note = !countable
    ? translate(draft.audience === 'segment' && draft.segmentId == null ? 'crm.audience.count.pick_segment' : 'crm.audience.count.fix_errors')
    : current && answer.error
      ? (headline ? translate('crm.audience.count.failed', { reason: headline }) : translate('crm.audience.count.fix_errors'))
      : undefined;
  const counted = current && !counting ? answer.result : null;
  const committable = counted !== null && counted.invited + counted.waitlisted > 0 && !invite.isPending;

  const commit = async () => {
    if (!answer || !counted) return;
    try {
      const result = await invite.mutateAsync(inviteRequest(answer.draft, false));
      notify('crm.events.invite.done', { type: 'success', messageArgs: { invited: result.invited, waitlisted: result.waitlisted } });
      onClose();
    } catch (error) {
      setCommitFailure({ key: requestKey(answer.draft), error });
    }
  };

  return (
    <Dialog open onClose={invite.isPending ? undefined : onClose} fullWidth maxWidth="md" fullScreen={fullScreen} data-testid="invite-dialog">
      <DialogTitle>{chosen ? translate('crm.events.invite.title_to', { event: chosen.eventName }) : translate('crm.events.invite.title')}</DialogTitle>
      <DialogContent dividers>
        <Stack spacing={2}>
          {headline && <Alert severity="error" data-testid="invite-error">{headline}</Alert>}
          {chosen ? (
            <Typography variant="body2" data-testid="invite-chosen">{translate('crm.events.invite.chosen', { count: formatInteger(chosen.count) })}</Typography>
          ) : (
            <InviteAudienceFields draft={draft} onChange={(part) => setDraft((d) => ({ ...d, ...part }))} errors={shown} />
          )}
          <InviteOptionsFields draft={draft} onChange={(part) => setDraft((d) => ({ ...d, ...part }))} errors={shown} />
        </Stack>
      </DialogContent>
      <Box sx={{ px: 3, pt: 1.5 }}>
        <InvitePreview result={answer?.result ?? null} stale={!current} counting={counting} note={note} />
      </Box>
      <DialogActions sx={{ flexWrap: 'wrap', gap: 1, px: 3, pb: 2 }}>
        <Button onClick={onClose} disabled={invite.isPending}>{translate('ra.action.cancel')}</Button>
        <Button onClick={recount} disabled={!countable || counting || invite.isPending}>{translate('crm.events.invite.preview')}</Button>
        <Button variant="contained" onClick={() => void commit()} disabled={!committable} data-testid="invite-confirm">
          {translate('crm.events.invite.confirm')}
        </Button>
      </DialogActions>
    </Dialog>
  );
}
