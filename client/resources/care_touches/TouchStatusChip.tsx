import { Chip } from '@mui/material';
import { useRecordContext, useTranslate } from 'react-admin';

const COLORS: Record<string, 'info' | 'success' | 'default'> = { scheduled: 'info', sent: 'success', skipped: 'default' };

/** Scheduled, sent or skipped, as a coloured chip. */
export function TouchStatusChip() {
  const record = useRecordContext();
  const translate = useTranslate();
  if (!record?.status) return null;
  const status = String(record.status);
  return <Chip component="span" size="small" variant={status === 'scheduled' ? 'outlined' : 'filled'} color={COLORS[status] ?? 'default'} label={translate(`enums.touch_status.${status}`)} />;
}
