import { Chip } from '@mui/material';
import { useRecordContext, useTranslate } from 'react-admin';

const COLORS: Record<string, 'warning' | 'info' | 'secondary' | 'error'> = {
  no_visit: 'warning', warranty_ending: 'info', insurance_ending: 'secondary', falling_spend: 'error',
};

/** Why the customer is at risk, as a coloured chip. */
export function ReasonChip() {
  const record = useRecordContext();
  const translate = useTranslate();
  if (!record?.reason) return null;
  const reason = String(record.reason);
  return <Chip component="span" size="small" variant="outlined" color={COLORS[reason] ?? 'default'} label={translate(`enums.churn_reason.${reason}`)} />;
}
