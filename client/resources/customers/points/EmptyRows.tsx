import { Typography } from '@mui/material';
import { useTranslate } from 'react-admin';

/** What a points-tab table says when it has no rows. */
export function EmptyRows({ message }: { message: string }) {
  const translate = useTranslate();
  return (
    <Typography variant="body2" color="text.secondary" sx={{ py: 2 }}>
      {translate(message)}
    </Typography>
  );
}
