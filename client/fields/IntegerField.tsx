import { Typography } from '@mui/material';
import { useFieldValue, type FieldProps } from 'react-admin';
import { formatInteger } from '../i18n/formats';

export interface IntegerFieldProps extends FieldProps {
  source: string;
  /** a signed amount (points earned and spent): +120 in green, −80 in red */
  signed?: boolean;
}

/** A whole number with grouped thousands and tabular digits. */
export function IntegerField({ source, signed = false }: IntegerFieldProps) {
  const value = useFieldValue({ source });
  const text = formatInteger(value);
  if (!text) return null;
  const n = Number(value);
  const color = signed && n > 0 ? 'success.main' : signed && n < 0 ? 'error.main' : undefined;
  return (
    <Typography component="span" variant="body2" sx={{ fontVariantNumeric: 'tabular-nums', color, fontWeight: signed ? 500 : undefined }}>
      {signed && n > 0 ? `+${text}` : text}
    </Typography>
  );
}
