import { useMediaQuery, type Theme } from '@mui/material';

/** Phone-sized screens, where the points tab's tables become short blocks of lines. */
export function useIsPhone(): boolean {
  return useMediaQuery((theme: Theme) => theme.breakpoints.down('sm'));
}
