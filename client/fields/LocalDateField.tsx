import { Typography } from '@mui/material';
import { useFieldValue, useLocaleState, type FieldProps } from 'react-admin';
import { formatDate, formatDateTime } from '../i18n/formats';

export interface LocalDateFieldProps extends FieldProps {
  source: string;
  /** a moment (date and time) rather than a calendar date */
  showTime?: boolean;
}

/** A date as people write it in the current language: 2025-01-05 in Chinese, 5 Jan 2025 in English. */
export function LocalDateField({ source, showTime = false }: LocalDateFieldProps) {
  const value = useFieldValue({ source });
  const [locale] = useLocaleState();
  const text = showTime ? formatDateTime(value, locale) : formatDate(value, locale);
  if (!text) return null;
  return (
    <Typography component="span" variant="body2" sx={{ whiteSpace: 'nowrap', fontVariantNumeric: 'tabular-nums' }}>
      {text}
    </Typography>
  );
}
