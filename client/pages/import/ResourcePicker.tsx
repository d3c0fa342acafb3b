import { MenuItem, TextField } from '@mui/material';
import { useTranslate } from 'react-admin';
import { useNavigate } from 'react-router-dom';
import { importPath } from './importRights';

/** Which resource the file goes into; changing it starts over at that resource's wizard. */
export function ResourcePicker({ choices, value }: { choices: string[]; value?: string }) {
  const translate = useTranslate();
  const navigate = useNavigate();
  return (
    <TextField
      select
      size="small"
      label={translate('crm.import.file.resource')}
      value={value ?? ''}
      onChange={(event) => navigate(importPath(event.target.value))}
      sx={{ width: { xs: '100%', sm: 320 }, mb: 2 }}
      slotProps={{ select: { inputProps: { name: 'resource' } } }}
    >
      {choices.map((name) => (
        <MenuItem key={name} value={name}>
          {translate(`resources.${name}.name`, { smart_count: 2 })}
        </MenuItem>
      ))}
    </TextField>
  );
}
