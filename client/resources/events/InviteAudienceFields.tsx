import { useState } from 'react';
import { Button, FormControl, FormControlLabel, FormHelperText, FormLabel, MenuItem, Radio, RadioGroup, Stack, TextField, Typography } from '@mui/material';
import BookmarkAddIcon from '@mui/icons-material/BookmarkAddOutlined';
import { useGetList, useTranslate } from 'react-admin';
import { SaveSegmentDialog } from '../segments/SaveSegmentDialog';
import { AudienceFilterFields } from './AudienceFilterFields';
import { audienceFilter, emptyConditions } from './audienceFilter';
import type { InviteDraft } from './inviteDraft';

export interface InviteFieldsProps {
  draft: InviteDraft;
  onChange: (change: Partial<InviteDraft>) => void;
  /** reasons by the request's field names (and the filters' names), already in words */
  errors: Record<string, string>;
}

const AUDIENCES = ['segment', 'filter', 'all'] as const;

/** Whom to invite: a saved segment, conditions built here (which may be kept as a segment), or every customer the inviter may see. */
export function InviteAudienceFields({ draft, onChange, errors }: InviteFieldsProps) {
  const translate = useTranslate();
  const [saving, setSaving] = useState(false);
  const { data: segments = [], isPending, refetch } = useGetList('segments', { pagination: { page: 1, perPage: 200 }, sort: { field: 'name', order: 'ASC' } });
  const filter = audienceFilter(draft.conditions);
  const labels = { segment: 'crm.events.invite.audience_segment', filter: 'crm.audience.title', all: 'crm.events.invite.audience_all' };
  return (
    <FormControl error={Boolean(errors.filter)}>
      <FormLabel>{translate('crm.events.invite.audience')}</FormLabel>
      <RadioGroup row value={draft.audience} onChange={(e) => onChange({ audience: AUDIENCES.find((a) => a === e.target.value) ?? 'segment' })}>
        {AUDIENCES.map((a) => (
          <FormControlLabel key={a} value={a} control={<Radio />} label={translate(labels[a])} data-testid={`invite-audience-${a}`} />
        ))}
      </RadioGroup>
      {draft.audience === 'segment' && (
        <TextField
          select
          fullWidth
          sx={{ mt: 1 }}
          label={translate('crm.events.invite.segment')}
          value={draft.segmentId ?? ''}
          onChange={(e) => onChange({ segmentId: e.target.value === '' ? null : Number(e.target.value) })}
          error={Boolean(errors.segment_id)}
          helperText={errors.segment_id || (!isPending && !segments.length ? translate('crm.events.invite.no_segments') : ' ')}
          slotProps={{ htmlInput: { 'data-testid': 'invite-segment' } }}
        >
          {segments.map((s) => (
            <MenuItem key={s.id} value={Number(s.id)}>
              {String(s.name)}
            </MenuItem>
          ))}
        </TextField>
      )}
      {draft.audience === 'filter' && (
        <Stack spacing={1} sx={{ mt: 1 }}>
          <Typography variant="caption" color="text.secondary">{translate('crm.audience.hint')}</Typography>
          <AudienceFilterFields conditions={draft.conditions} onChange={(part) => onChange({ conditions: { ...draft.conditions, ...part } })} errors={errors} />
          <Stack direction="row" spacing={1} sx={{ justifyContent: 'flex-end' }}>
            <Button size="small" onClick={() => onChange({ conditions: emptyConditions })} disabled={!Object.keys(filter).length}>
              {translate('crm.audience.clear')}
            </Button>
            <Button size="small" startIcon={<BookmarkAddIcon />} onClick={() => setSaving(true)} disabled={!Object.keys(filter).length} data-testid="audience-save-segment">
              {translate('crm.audience.save_segment')}
            </Button>
          </Stack>
        </Stack>
      )}
      {errors.filter && <FormHelperText>{errors.filter}</FormHelperText>}
      {saving && <SaveSegmentDialog filter={filter} onClose={() => { setSaving(false); void refetch(); }} />}
    </FormControl>
  );
}
