import { useRef, useState, type FormEvent } from 'react';
import { CircularProgress, IconButton, InputAdornment, TextField, useMediaQuery } from '@mui/material';
import QrCodeScannerIcon from '@mui/icons-material/QrCodeScanner';
import SendIcon from '@mui/icons-material/Send';
import { useTranslate } from 'react-admin';
import { scannedToken } from './roster';

export interface TokenFieldProps {
  disabled: boolean;
  busy: boolean;
  onSubmit: (token: string) => Promise<boolean>;
}

/**
 * Where a USB or Bluetooth barcode scanner types the invitation's code and presses Enter (how dealers' tablets
 * work), or where a code is pasted. It keeps the focus for the next guest; on a desk with a mouse or a scanner it
 * takes the focus at once, on a touch screen it waits to be tapped so the keyboard does not cover the list.
 */
export function TokenField({ disabled, busy, onSubmit }: TokenFieldProps) {
  const translate = useTranslate();
  const [value, setValue] = useState('');
  const input = useRef<HTMLInputElement>(null);
  const finePointer = useMediaQuery('(pointer: fine)');
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const token = scannedToken(value);
    if (!token || busy) return;
    setValue('');
    await onSubmit(token);
    input.current?.focus();
  };
  return (
    <form onSubmit={(e) => void submit(e)} autoComplete="off">
      <TextField
        inputRef={input}
        fullWidth
        value={value}
        onChange={(e) => setValue(e.target.value)}
        disabled={disabled}
        autoFocus={finePointer && !disabled}
        label={translate('crm.events.checkin.token')}
        helperText={translate('crm.events.checkin.token_hint')}
        slotProps={{
          htmlInput: { 'data-testid': 'qr-token', autoCapitalize: 'off', autoCorrect: 'off', spellCheck: false, enterKeyHint: 'go' },
          input: {
            startAdornment: (
              <InputAdornment position="start">
                <QrCodeScannerIcon />
              </InputAdornment>
            ),
            endAdornment: (
              <InputAdornment position="end">
                {busy ? (
                  <CircularProgress size={22} />
                ) : (
                  <IconButton type="submit" edge="end" disabled={disabled || !value.trim()} aria-label={translate('crm.events.checkin.token_submit')}>
                    <SendIcon />
                  </IconButton>
                )}
              </InputAdornment>
            ),
          },
        }}
      />
    </form>
  );
}
