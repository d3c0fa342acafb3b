import { MenuItem, TextField } from '@mui/material';
import { useGetList, useTranslate } from 'react-admin';

/** Whose diary is shown: one member of staff, or everyone's appointments together (value null). */
export function AdvisorPicker({ value, onChange }: { value: number | null; onChange: (id: number | null) => void }) {
  const translate = useTranslate();
  const { data } = useGetList('users', { pagination: { page: 1, perPage: 200 }, sort: { field: 'name', order: 'ASC' }, filter: { active: true } });
  return (
    <TextField
      select
      size="small"
      label={translate('crm.appointments.advisor')}
      value={value ?? ''}
      onChange={(e) => onChange(e.target.value === '' ? null : Number(e.target.value))}
      fullWidth={false}
      sx={{ width: { xs: '100%', sm: 240 } }}
    >
      <MenuItem value="">{translate('crm.appointments.all_advisors')}</MenuItem>
      {(data ?? []).map((u) => <MenuItem key={u.id} value={u.id}>{String(u.name ?? u.username)}</MenuItem>)}
    </TextField>
  );
}
