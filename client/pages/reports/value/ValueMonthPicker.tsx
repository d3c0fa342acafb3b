import { MenuItem, TextField } from '@mui/material';
import { useTranslate } from 'react-admin';

/** The snapshot month shown (the months that have one, newest first); empty: the latest up to the range's end. */
export function ValueMonthPicker({ months, value, onChange }: { months: string[]; value: string | null; onChange: (month: string) => void }) {
  const translate = useTranslate();
  if (!months.length) return null;
  return (
    <TextField
      select size="small" label={translate('crm.value.month')} value={value ?? months[0]} onChange={(e) => onChange(e.target.value)}
      sx={{ width: 180, mt: 1, display: 'flex' }} slotProps={{ htmlInput: { 'data-testid': 'value-month' } }}
    >
      {months.map((m) => <MenuItem key={m} value={m}>{m}</MenuItem>)}
    </TextField>
  );
}
