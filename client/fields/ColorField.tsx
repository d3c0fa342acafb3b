import { Box, Stack, Typography } from '@mui/material';
import { useFieldValue, type FieldProps } from 'react-admin';

/** A colour value with a swatch beside its code. */
export function ColorField({ source }: FieldProps & { source: string }) {
  const value = useFieldValue({ source });
  if (typeof value !== 'string' || value === '') return null;
  return (
    <Stack direction="row" spacing={1} sx={{ alignItems: 'center' }}>
      <Box sx={{ width: 14, height: 14, borderRadius: '50%', bgcolor: value, border: 1, borderColor: 'divider' }} />
      <Typography component="span" variant="body2">
        {value}
      </Typography>
    </Stack>
  );
}
