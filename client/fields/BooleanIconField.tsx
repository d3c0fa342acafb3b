import CheckCircleIcon from '@mui/icons-material/CheckCircle';
import RemoveIcon from '@mui/icons-material/Remove';
import { useFieldValue, useTranslate, type FieldProps } from 'react-admin';

/** Yes as a green tick, no as a faint dash, so the yeses stand out in a column. */
export function BooleanIconField({ source }: FieldProps & { source: string }) {
  const value = useFieldValue({ source });
  const translate = useTranslate();
  if (value === null || value === undefined) return null;
  const yes = value === true || value === 1 || value === 'true';
  const label = translate(yes ? 'ra.boolean.true' : 'ra.boolean.false');
  return yes ? (
    <CheckCircleIcon fontSize="small" color="success" titleAccess={label} sx={{ verticalAlign: 'middle' }} />
  ) : (
    <RemoveIcon fontSize="small" titleAccess={label} sx={{ color: 'text.disabled', verticalAlign: 'middle' }} />
  );
}
