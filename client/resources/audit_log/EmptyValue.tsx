import { Typography } from '@mui/material';

/** No value: an em-dash, faint, so it reads as "nothing" rather than as a character of the value. */
export function EmptyValue() {
  return (
    <Typography component="span" variant="body2" sx={{ color: 'text.disabled' }}>
      —
    </Typography>
  );
}
