import { alpha, Chip, Typography, useTheme } from '@mui/material';
import { useFieldValue, useTranslate, type FieldProps } from 'react-admin';
import { enumColor } from './enumColors';

export interface EnumFieldProps extends FieldProps {
  source: string;
  /** the list in server/resources/enums.ts */
  list: string;
}

/** A value of a fixed list, translated (`enums.<list>.<value>`); lists that are states show as soft-tinted chips. */
export function EnumField({ source, list }: EnumFieldProps) {
  const value = useFieldValue({ source });
  const translate = useTranslate();
  const theme = useTheme();
  if (typeof value !== 'string' || value === '') return null;
  const label = translate(`enums.${list}.${value}`, { _: value });
  const color = enumColor(list, value);
  if (!color) {
    return (
      <Typography component="span" variant="body2">
        {label}
      </Typography>
    );
  }
  if (color === 'default') return <Chip label={label} variant="outlined" />;
  const palette = theme.palette[color];
  const dark = theme.palette.mode === 'dark';
  return (
    <Chip
      label={label}
      sx={{ bgcolor: alpha(palette.main, dark ? 0.24 : 0.12), color: dark ? palette.light : palette.dark, fontWeight: 500 }}
    />
  );
}
