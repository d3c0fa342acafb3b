import type { ReactNode } from 'react';
import { Box, Typography } from '@mui/material';

/** One "field → new value" line of the bulk confirmation. */
export function BulkConfirmRow({ label, children }: { label: string; children: ReactNode }) {
  return (
    <Box sx={{ display: 'grid', gridTemplateColumns: { xs: '1fr', sm: '10em 1fr' }, alignItems: 'center', gap: { xs: 0.5, sm: 2 } }}>
      <Typography variant="body2" color="text.secondary">
        {label}
      </Typography>
      <Box>{children}</Box>
    </Box>
  );
}
