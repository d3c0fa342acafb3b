import CheckIcon from '@mui/icons-material/Check';
import StarIcon from '@mui/icons-material/Star';
import { ListItemIcon, ListItemText, MenuItem } from '@mui/material';
import { useTranslate } from 'react-admin';
import type { ListView } from './viewConfig';

/** One view in the picker: its name, who it is shared with, a star when it is that role's default. */
export function ViewMenuItem({ view, current, onPick }: { view: ListView; current: boolean; onPick: (view: ListView) => void }) {
  const translate = useTranslate();
  const role = view.shared_role ? translate(`enums.role.${view.shared_role}`, { _: view.shared_role }) : '';
  const secondary = !view.shared_role
    ? translate('crm.list_views.private')
    : translate(view.default_for_role ? 'crm.list_views.role_default' : 'crm.list_views.shared_with', { role });
  return (
    <MenuItem selected={current} onClick={() => onPick(view)} data-view-id={view.id}>
      <ListItemIcon>{current ? <CheckIcon fontSize="small" /> : view.default_for_role ? <StarIcon fontSize="small" color="warning" /> : null}</ListItemIcon>
      <ListItemText primary={view.name} secondary={secondary} slotProps={{ primary: { noWrap: true } }} />
    </MenuItem>
  );
}
