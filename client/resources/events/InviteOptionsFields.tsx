import { FormControlLabel, MenuItem, Stack, Switch, TextField } from '@mui/material';
import { useTranslate } from 'react-admin';
import type { InviteFieldsProps } from './InviteAudienceFields';
import { CHANNELS } from './inviteDraft';

/** How to invite: the channel, who is left out (no consent, a second member of a household) and a quota per consultant. */
export function InviteOptionsFields({ draft, onChange, errors }: InviteFieldsProps) {
  const translate = useTranslate();
  return (
    <Stack spacing={1}>
      <TextField
        select
        fullWidth
        label={translate('crm.events.invite.channel')}
        value={draft.channel}
        onChange={(e) => onChange({ channel: e.target.value as InviteFieldsProps['draft']['channel'] })}
        error={Boolean(errors.channel)}
        helperText={errors.channel || ' '}
      >
        {CHANNELS.map((c) => (
          <MenuItem key={c} value={c}>
            {translate(`enums.touch_channel.${c}`, { _: c })}
          </MenuItem>
        ))}
      </TextField>
      <FormControlLabel
        control={<Switch checked={draft.excludeNoConsent} onChange={(e) => onChange({ excludeNoConsent: e.target.checked })} />}
        label={translate('crm.events.invite.exclude_no_consent')}
      />
      <FormControlLabel
        control={<Switch checked={draft.onePerHousehold} onChange={(e) => onChange({ onePerHousehold: e.target.checked })} />}
        label={translate('crm.events.invite.one_per_household')}
      />
      <TextField
        label={translate('crm.events.invite.quota')}
        value={draft.quota}
        onChange={(e) => onChange({ quota: e.target.value })}
        error={Boolean(errors.quota_per_consultant)}
        helperText={errors.quota_per_consultant || translate('crm.events.invite.quota_hint')}
        slotProps={{ htmlInput: { inputMode: 'numeric', 'data-testid': 'invite-quota' } }}
        sx={{ maxWidth: 280, pt: 1 }}
      />
    </Stack>
  );
}
