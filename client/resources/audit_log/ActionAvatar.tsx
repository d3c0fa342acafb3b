import { alpha, Avatar, useTheme } from '@mui/material';
import { actionStyle } from './actionStyle';
import { useActionColor } from './useActionColor';

/** An audit action as a round, tinted icon: the marker of a timeline entry or of a row on a phone. */
export function ActionAvatar({ action, size = 36 }: { action: unknown; size?: number }) {
  const theme = useTheme();
  const color = useActionColor(action);
  const { icon: Icon } = actionStyle(action);
  const dark = theme.palette.mode === 'dark';
  return (
    <Avatar sx={{ bgcolor: alpha(color.main, dark ? 0.3 : 0.14), color: dark ? color.light : color.dark, width: size, height: size }}>
      <Icon sx={{ fontSize: size * 0.55 }} />
    </Avatar>
  );
}
