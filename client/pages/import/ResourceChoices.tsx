import { Box, Button, Card, CardContent, Typography } from '@mui/material';
import UploadFileIcon from '@mui/icons-material/UploadFile';
import { useTranslate } from 'react-admin';
import { Link } from 'react-router-dom';
import { importPath } from './importRights';

/** With no resource in the address yet: every resource the user may import into, one click each. */
export function ResourceChoices({ choices }: { choices: string[] }) {
  const translate = useTranslate();
  return (
    <Card>
      <CardContent>
        <Typography variant="body2" color="text.secondary" sx={{ mb: 2 }}>
          {translate('crm.import.file.pick_resource')}
        </Typography>
        <Box sx={{ display: 'flex', flexWrap: 'wrap', gap: 1 }}>
          {choices.map((name) => (
            <Button key={name} variant="outlined" startIcon={<UploadFileIcon />} component={Link} to={importPath(name)}>
              {translate(`resources.${name}.name`, { smart_count: 2 })}
            </Button>
          ))}
        </Box>
      </CardContent>
    </Card>
  );
}
