import { useTheme } from '@mui/material';
import { actionStyle } from './actionStyle';

/** The palette colour (main, light, dark) of an audit action, grey for account events. */
export function useActionColor(action: unknown): { main: string; light: string; dark: string } {
  const theme = useTheme();
  const { color } = actionStyle(action);
  if (color === 'grey') return { main: theme.palette.grey[600], light: theme.palette.grey[400], dark: theme.palette.grey[800] };
  return theme.palette[color];
}
