import { useState, type FormEvent } from 'react';
import {
  Alert, Button, Checkbox, Dialog, DialogActions, DialogContent, DialogTitle, FormControl, FormControlLabel, FormHelperText,
  InputLabel, MenuItem, Radio, RadioGroup, Select, Stack, TextField, Typography,
} from '@mui/material';
import { useTranslate } from 'react-admin';
import { useProfile } from '../auth/useProfile';
import { requestFailure } from '../bulk/bulkErrors';
import { useMeta } from '../meta/MetaContext';
import { summaryCounts } from './configSummary';
import { mayShare } from './pickView';
import type { ViewSharing } from './useViewActions';
import type { ViewConfig } from './viewConfig';

export interface SaveViewDialogProps {
  /** 'create': save the list as a new view; 'edit': rename or (un)share an existing one */
  mode: 'create' | 'edit';
  initial: ViewSharing;
  /** what a new view will hold (shown as a summary) */
  config?: ViewConfig;
  onSubmit: (sharing: ViewSharing) => Promise<unknown>;
  onClose: () => void;
}

const NAME_MAX = 60;
/** whom a manager shares with most: the specialists who work the lists all day */
const TEAM_ROLE = 'cs_specialist';

/** Names a view and says who sees it: the user alone, or a role (managers and admins), maybe as its default. */
export function SaveViewDialog({ mode, initial, config, onSubmit, onClose }: SaveViewDialogProps) {
  const translate = useTranslate();
  const profile = useProfile();
  const roles = useMeta().enums.role ?? [];
  const canShare = mayShare(profile?.user.role ?? '');
  const [name, setName] = useState(initial.name);
  const [role, setRole] = useState<string | null>(initial.shared_role);
  const [isDefault, setIsDefault] = useState(initial.default_for_role);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [failure, setFailure] = useState('');
  const [busy, setBusy] = useState(false);
  const counts = config ? summaryCounts(config) : null;

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const trimmed = name.trim();
    if (!trimmed) {
      setErrors({ name: translate('ra.validation.required') });
      return;
    }
    setBusy(true);
    setErrors({});
    setFailure('');
    try {
      await onSubmit({ name: trimmed, shared_role: role, default_for_role: role ? isDefault : false });
      onClose();
    } catch (error) {
      const { message, fieldErrors } = requestFailure(error);
      setErrors(fieldErrors);
      if (!fieldErrors.name && !fieldErrors.shared_role && !fieldErrors.default_for_role) setFailure(message || translate('ra.notification.http_error'));
    } finally {
      setBusy(false);
    }
  };

  return (
    <Dialog open onClose={onClose} fullWidth maxWidth="xs" aria-labelledby="save-view-title">
      <form onSubmit={submit} noValidate>
        <DialogTitle id="save-view-title">{translate(mode === 'create' ? 'crm.list_views.dialog.create_title' : 'crm.list_views.dialog.edit_title')}</DialogTitle>
        <DialogContent>
          <Stack spacing={2} sx={{ pt: 1 }}>
            {counts && (
              <Typography variant="body2" color="text.secondary">
                {translate('crm.list_views.dialog.holds', { columns: counts.columns, filters: counts.filters })}
              </Typography>
            )}
            <TextField
              label={translate('crm.list_views.dialog.name')}
              value={name}
              onChange={(e) => setName(e.target.value)}
              autoFocus
              required
              inputProps={{ maxLength: NAME_MAX, 'data-testid': 'view-name' }}
              error={!!errors.name}
              helperText={errors.name ?? ' '}
            />
            <FormControl error={!!errors.shared_role}>
              <Typography variant="subtitle2">{translate('crm.list_views.dialog.visibility')}</Typography>
              <RadioGroup value={role === null ? 'private' : 'role'} onChange={(e) => setRole(e.target.value === 'private' ? null : initial.shared_role ?? TEAM_ROLE)}>
                <FormControlLabel value="private" control={<Radio />} label={translate('crm.list_views.dialog.private')} />
                <FormControlLabel value="role" control={<Radio />} disabled={!canShare} label={translate('crm.list_views.dialog.shared')} />
              </RadioGroup>
              <FormHelperText>{errors.shared_role ?? (canShare ? ' ' : translate('crm.list_views.dialog.share_needs_manager'))}</FormHelperText>
            </FormControl>
            {role !== null && (
              <>
                <FormControl fullWidth>
                  <InputLabel id="view-role-label">{translate('crm.list_views.dialog.role')}</InputLabel>
                  <Select labelId="view-role-label" label={translate('crm.list_views.dialog.role')} value={role} onChange={(e) => setRole(e.target.value)} data-testid="view-role">
                    {roles.map((r) => <MenuItem key={r} value={r}>{translate(`enums.role.${r}`, { _: r })}</MenuItem>)}
                  </Select>
                </FormControl>
                <FormControl error={!!errors.default_for_role}>
                  <FormControlLabel
                    control={<Checkbox checked={isDefault} onChange={(e) => setIsDefault(e.target.checked)} name="default_for_role" />}
                    label={translate('crm.list_views.dialog.default', { role: translate(`enums.role.${role}`, { _: role }) })}
                  />
                  <FormHelperText>{errors.default_for_role ?? translate('crm.list_views.dialog.default_hint')}</FormHelperText>
                </FormControl>
              </>
            )}
            {failure && <Alert severity="error">{failure}</Alert>}
          </Stack>
        </DialogContent>
        <DialogActions>
          <Button onClick={onClose}>{translate('ra.action.cancel')}</Button>
          <Button type="submit" variant="contained" disabled={busy}>{translate('ra.action.save')}</Button>
        </DialogActions>
      </form>
    </Dialog>
  );
}
