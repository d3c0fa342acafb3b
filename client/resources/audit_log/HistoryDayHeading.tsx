import { Typography } from '@mui/material';
import { useLocaleState, useTranslate } from 'react-admin';
import { formatDate } from '../../i18n/formats';
import { dayKind } from './historyDays';

/** The day a group of timeline entries happened: 今天, 昨天, or the date. */
export function HistoryDayHeading({ day }: { day: string }) {
  const translate = useTranslate();
  const [locale] = useLocaleState();
  const kind = dayKind(day, new Date());
  const label = kind === 'earlier' ? formatDate(day, locale) : translate(`crm.audit.${kind}`);
  return (
    <Typography
      component="h4"
      variant="overline"
      color="text.secondary"
      sx={{ display: 'block', lineHeight: 1.5, mb: 1, pl: { xs: 5.5, sm: 6 }, fontWeight: 600 }}
    >
      {label}
    </Typography>
  );
}
