import { Chip } from '@mui/material';
import { useRecordContext, useTranslate } from 'react-admin';
import { daysSince, isClosed } from './churnRules';

/** How long an open risk has waited since it was found; amber after a week, red after a month. */
export function DaysSinceField() {
  const record = useRecordContext();
  const translate = useTranslate();
  if (!record?.detected_on || isClosed(String(record.status))) return null;
  const days = daysSince(String(record.detected_on));
  const color = days > 30 ? 'error' : days > 7 ? 'warning' : 'default';
  return <Chip component="span" size="small" color={color} label={days === 0 ? translate('crm.churn.detected_today') : translate('crm.churn.days_since', { days })} />;
}
