import type { ReactNode } from 'react';
import { Box, Typography } from '@mui/material';

/** A heading over one of the points tab's tables, with the section's buttons on the right. */
export function SectionTitle({ title, children }: { title: string; children?: ReactNode }) {
  return (
    <Box sx={{ display: 'flex', alignItems: 'center', gap: 1, flexWrap: 'wrap', mt: 3, mb: 1 }}>
      <Typography variant="subtitle1" component="h3" sx={{ fontWeight: 600, flex: 1 }}>
        {title}
      </Typography>
      {children}
    </Box>
  );
}
