import { Divider, Typography } from '@mui/material';
import { useSidebarState, useTranslate } from 'react-admin';

/** A group heading in the menu (`menu.groups.<group>`); a thin rule when the sidebar is folded to icons. */
export function MenuGroupHeading({ group, first }: { group: string; first: boolean }) {
  const [open] = useSidebarState();
  const translate = useTranslate();
  if (!open) return first ? null : <Divider sx={{ my: 0.5 }} />;
  return (
    <Typography
      component="div"
      variant="caption"
      sx={{ px: 2, pt: first ? 1 : 2, pb: 0.5, color: 'text.secondary', fontWeight: 600, letterSpacing: '0.06em' }}
    >
      {translate(`menu.groups.${group}`)}
    </Typography>
  );
}
