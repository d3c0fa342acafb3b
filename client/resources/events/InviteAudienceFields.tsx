import { FormControl, FormControlLabel, FormHelperText, FormLabel, MenuItem, Radio, RadioGroup, TextField } from '@mui/material';
import { useGetList, useTranslate } from 'react-admin';
import type { InviteDraft } from './inviteDraft';

export interface InviteFieldsProps {
  draft: InviteDraft;
  onChange: (change: Partial<InviteDraft>) => void;
  /** reasons by the request's field names, already in words */
  errors: Record<string, string>;
}

/** Whom to invite: a saved segment, or every customer the inviter may see (an empty customer filter). */
export function InviteAudienceFields({ draft, onChange, errors }: InviteFieldsProps) {
  const translate = useTranslate();
  const { data: segments = [], isPending } = useGetList('segments', { pagination: { page: 1, perPage: 200 }, sort: { field: 'name', order: 'ASC' } });
  return (
    <FormControl error={Boolean(errors.filter)}>
      <FormLabel>{translate('crm.events.invite.audience')}</FormLabel>
      <RadioGroup row value={draft.audience} onChange={(e) => onChange({ audience: e.target.value === 'all' ? 'all' : 'segment' })}>
        <FormControlLabel value="segment" control={<Radio />} label={translate('crm.events.invite.audience_segment')} />
        <FormControlLabel value="all" control={<Radio />} label={translate('crm.events.invite.audience_all')} />
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
      {errors.filter && <FormHelperText>{errors.filter}</FormHelperText>}
    </FormControl>
  );
}
