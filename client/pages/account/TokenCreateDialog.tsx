import { useState, type FormEvent } from 'react';
import { Box, Button, Dialog, DialogActions, DialogContent, DialogTitle, MenuItem, TextField } from '@mui/material';
import { useNotify, useTranslate } from 'react-admin';
import type { NewToken } from './accountApi';
import { errorMessage, fieldErrors } from './fieldErrors';
import { daysFromToday, EXPIRY_CHOICES, expiresOn, type ExpiryChoice } from './tokenDates';
import { useCreateToken } from './useAccount';

export interface TokenCreateDialogProps {
  open: boolean;
  onClose: () => void;
  onCreated: (token: NewToken) => void;
}

const NAME_MAX = 60;

const CHOICE_LABEL: Record<ExpiryChoice, string> = {
  '30': 'crm.auth.tokens.expiry_choices.days_30',
  '90': 'crm.auth.tokens.expiry_choices.days_90',
  '365': 'crm.auth.tokens.expiry_choices.days_365',
  never: 'crm.auth.tokens.expiry_choices.never',
  custom: 'crm.auth.tokens.expiry_choices.custom',
};

/** A name saying what the token is for, and how long it should work (90 days unless chosen otherwise). */
export function TokenCreateDialog({ open, onClose, onCreated }: TokenCreateDialogProps) {
  const translate = useTranslate();
  const notify = useNotify();
  const create = useCreateToken();
  const [name, setName] = useState('');
  const [choice, setChoice] = useState<ExpiryChoice>('90');
  const [customDate, setCustomDate] = useState('');
  const [errors, setErrors] = useState<Record<string, string>>({});

  const reset = () => {
    setName('');
    setChoice('90');
    setCustomDate('');
    setErrors({});
  };

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const missing: Record<string, string> = {};
    if (!name.trim()) missing.name = translate('ra.validation.required');
    if (choice === 'custom' && !customDate) missing.expires_on = translate('ra.validation.required');
    setErrors(missing);
    if (Object.keys(missing).length > 0) return;
    create.mutate(
      { name: name.trim(), expires_on: expiresOn(choice, customDate) },
      {
        onSuccess: (token) => {
          reset();
          onCreated(token);
        },
        onError: (error) => {
          const reasons = fieldErrors(error);
          setErrors(reasons);
          if (Object.keys(reasons).length === 0) notify(errorMessage(error), { type: 'error' });
        },
      },
    );
  };

  const close = () => {
    reset();
    onClose();
  };

  return (
    <Dialog open={open} onClose={close} fullWidth maxWidth="xs">
      <Box component="form" noValidate onSubmit={submit}>
        <DialogTitle>{translate('crm.auth.tokens.create_title')}</DialogTitle>
        <DialogContent>
          <TextField
            name="token_name"
            label={translate('crm.auth.tokens.name')}
            value={name}
            onChange={(e) => setName(e.target.value)}
            autoFocus
            required
            slotProps={{ htmlInput: { maxLength: NAME_MAX } }}
            error={Boolean(errors.name)}
            helperText={errors.name ?? translate('crm.auth.tokens.name_helper')}
          />
          <TextField
            select
            name="token_expiry"
            label={translate('crm.auth.tokens.expiry')}
            value={choice}
            onChange={(e) => setChoice(e.target.value as ExpiryChoice)}
            error={Boolean(errors.expires_on) && choice !== 'custom'}
            helperText={choice !== 'custom' ? (errors.expires_on ?? translate('crm.auth.tokens.expiry_helper')) : ' '}
          >
            {EXPIRY_CHOICES.map((value) => (
              <MenuItem key={value} value={value}>
                {translate(CHOICE_LABEL[value])}
              </MenuItem>
            ))}
          </TextField>
          {choice === 'custom' && (
            <TextField
              type="date"
              name="token_expires_on"
              label={translate('crm.auth.tokens.expires')}
              value={customDate}
              onChange={(e) => setCustomDate(e.target.value)}
              slotProps={{ inputLabel: { shrink: true }, htmlInput: { min: daysFromToday(1) } }}
              error={Boolean(errors.expires_on)}
              helperText={errors.expires_on ?? translate('crm.auth.tokens.expiry_helper')}
            />
          )}
        </DialogContent>
        <DialogActions sx={{ px: 3, pb: 2 }}>
          <Button onClick={close}>{translate('ra.action.cancel')}</Button>
          <Button type="submit" variant="contained" disabled={create.isPending}>
            {translate('crm.auth.tokens.create_submit')}
          </Button>
        </DialogActions>
      </Box>
    </Dialog>
  );
}
