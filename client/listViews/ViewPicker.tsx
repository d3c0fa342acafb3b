import { useState } from 'react';
import ArrowDropDownIcon from '@mui/icons-material/ArrowDropDown';
import CheckIcon from '@mui/icons-material/Check';
import DeleteIcon from '@mui/icons-material/DeleteOutline';
import EditIcon from '@mui/icons-material/EditOutlined';
import SaveIcon from '@mui/icons-material/SaveOutlined';
import SaveAsIcon from '@mui/icons-material/SaveAsOutlined';
import UndoIcon from '@mui/icons-material/Undo';
import ViewListIcon from '@mui/icons-material/ViewListOutlined';
import { Badge, Button, Divider, ListItemIcon, ListItemText, ListSubheader, Menu, MenuItem, Tooltip } from '@mui/material';
import { useTranslate } from 'react-admin';
import type { ListView } from './viewConfig';
import type { ViewGroups } from './pickView';
import { ViewMenuItem } from './ViewMenuItem';

export interface ViewPickerProps {
  groups: ViewGroups;
  current: ListView | null;
  modified: boolean;
  /** the user may save over the current view (theirs, or any for an admin) */
  canSave: boolean;
  onPick: (view: ListView | null) => void;
  onSave: () => void;
  onSaveAs: () => void;
  onEdit: () => void;
  onDelete: () => void;
  onRevert: () => void;
}

/** The toolbar's views menu: the view open now (marked when changed), the views to switch to, and what to do with them. */
export function ViewPicker({ groups, current, modified, canSave, onPick, onSave, onSaveAs, onEdit, onDelete, onRevert }: ViewPickerProps) {
  const translate = useTranslate();
  const [anchor, setAnchor] = useState<HTMLElement | null>(null);
  const close = () => setAnchor(null);
  const run = (action: () => void) => () => {
    close();
    action();
  };
  const label = current?.name ?? translate('crm.list_views.standard');
  const sections: [keyof ViewGroups, ListView[]][] = [['mine', groups.mine], ['shared', groups.shared], ['others', groups.others]];
  return (
    <>
      <Tooltip title={modified ? translate('crm.list_views.modified_hint') : translate('crm.list_views.button')}>
        <Button
          size="small"
          onClick={(e) => setAnchor(e.currentTarget)}
          aria-haspopup="menu"
          aria-label={translate('crm.list_views.button')}
          data-testid="list-views-button"
          startIcon={<Badge color="warning" variant="dot" invisible={!modified}><ViewListIcon /></Badge>}
          endIcon={<ArrowDropDownIcon />}
          sx={{ maxWidth: { xs: 170, sm: 260 }, textTransform: 'none' }}
        >
          <span style={{ overflow: 'hidden', textOverflow: 'ellipsis', whiteSpace: 'nowrap' }}>
            {label}
            {modified ? ` · ${translate('crm.list_views.modified')}` : ''}
          </span>
        </Button>
      </Tooltip>
      <Menu anchorEl={anchor} open={!!anchor} onClose={close} slotProps={{ paper: { sx: { minWidth: 280, maxWidth: 360, maxHeight: 520 } } }}>
        <MenuItem selected={!current} onClick={run(() => onPick(null))}>
          <ListItemIcon>{!current && <CheckIcon fontSize="small" />}</ListItemIcon>
          <ListItemText primary={translate('crm.list_views.standard')} secondary={translate('crm.list_views.standard_hint')} />
        </MenuItem>
        {/* a Menu takes its items as a flat list (no fragments): each section's heading, then its views */}
        {sections.filter(([, views]) => views.length > 0).flatMap(([key, views]) => [
          <ListSubheader key={key} sx={{ lineHeight: '32px' }}>{translate(`crm.list_views.sections.${key}`)}</ListSubheader>,
          ...views.map((view) => (
            <ViewMenuItem key={view.id} view={view} current={current?.id === view.id} onPick={run(() => onPick(view))} />
          )),
        ])}
        <Divider />
        {current && canSave && (
          <MenuItem disabled={!modified} onClick={run(onSave)} data-testid="view-save">
            <ListItemIcon><SaveIcon fontSize="small" /></ListItemIcon>
            <ListItemText primary={translate('crm.list_views.actions.save', { name: current.name })} />
          </MenuItem>
        )}
        <MenuItem onClick={run(onSaveAs)} data-testid="view-save-as">
          <ListItemIcon><SaveAsIcon fontSize="small" /></ListItemIcon>
          <ListItemText primary={translate('crm.list_views.actions.save_as')} />
        </MenuItem>
        {modified && (
          <MenuItem onClick={run(onRevert)}>
            <ListItemIcon><UndoIcon fontSize="small" /></ListItemIcon>
            <ListItemText primary={translate('crm.list_views.actions.revert')} />
          </MenuItem>
        )}
        {current && canSave && (
          <MenuItem onClick={run(onEdit)} data-testid="view-edit">
            <ListItemIcon><EditIcon fontSize="small" /></ListItemIcon>
            <ListItemText primary={translate('crm.list_views.actions.edit')} />
          </MenuItem>
        )}
        {current && canSave && (
          <MenuItem onClick={run(onDelete)} data-testid="view-delete">
            <ListItemIcon><DeleteIcon fontSize="small" /></ListItemIcon>
            <ListItemText primary={translate('crm.list_views.actions.delete')} />
          </MenuItem>
        )}
      </Menu>
    </>
  );
}
