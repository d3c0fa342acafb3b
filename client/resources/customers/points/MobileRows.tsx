import type { ReactNode } from 'react';
import { Box, Divider, Stack } from '@mui/material';
import { RecordContextProvider, useListContext } from 'react-admin';

/** A points-tab table on a phone: each record of the list in context as a short block of lines. */
export function MobileRows({ children }: { children: ReactNode }) {
  const { data } = useListContext();
  return (
    <Stack divider={<Divider flexItem />}>
      {(data ?? []).map((record) => (
        <RecordContextProvider key={record.id} value={record}>
          <Box sx={{ py: 1, display: 'flex', flexDirection: 'column', gap: 0.5 }}>{children}</Box>
        </RecordContextProvider>
      ))}
    </Stack>
  );
}
