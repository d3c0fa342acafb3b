import { Typography } from '@mui/material';
import { useFieldValue, type FieldProps } from 'react-admin';
import { formatMoney } from '../i18n/formats';

/** Yuan with two decimals (¥1,234.50), tabular digits so columns line up. */
export function MoneyField({ source }: FieldProps & { source: string }) {
  const value = useFieldValue({ source });
  const text = formatMoney(value);
  if (!text) return null;
  return (
    <Typography component="span" variant="body2" sx={{ fontVariantNumeric: 'tabular-nums', whiteSpace: 'nowrap' }}>
      {text}
    </Typography>
  );
}
