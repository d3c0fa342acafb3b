import { MenuItem, TextField } from '@mui/material';
import { useTranslate } from 'react-admin';
import type { StaffMember } from './useTaskPeople';

interface PersonPickerProps {
  value: number;
  users: readonly StaffMember[];
  onChange: (id: number) => void;
}

/** A manager's choice of whose tasks to look at (each staff member has their own 我的任务). */
export function PersonPicker({ value, users, onChange }: PersonPickerProps) {
  const translate = useTranslate();
  const staff = users.filter((u) => u.active !== false);
  return (
    <TextField
      select
      size="small"
      label={translate('crm.tasks.person')}
      helperText={translate('crm.tasks.person_hint')}
      value={staff.some((u) => Number(u.id) === value) ? value : ''}
      onChange={(e) => onChange(Number(e.target.value))}
      sx={{ flex: '0 0 auto', width: { xs: '100%', sm: 280 } }}
      slotProps={{ htmlInput: { 'data-testid': 'task-person' } }}
    >
      {staff.map((u) => (
        <MenuItem key={u.id} value={Number(u.id)}>
          {u.name} · {translate(`enums.role.${u.role}`)}
        </MenuItem>
      ))}
    </TextField>
  );
}
