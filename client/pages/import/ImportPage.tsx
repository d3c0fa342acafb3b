import { useMemo } from 'react';
import { Alert, Box, CircularProgress } from '@mui/material';
import { Title, useTranslate } from 'react-admin';
import { Navigate, useParams } from 'react-router-dom';
import { useProfile } from '../../auth/useProfile';
import { orderedResources } from '../../layout/menuGroups';
import { useMeta } from '../../meta/MetaContext';
import { ImportWizard } from './ImportWizard';
import { importableResources, importPath } from './importRights';
import { ResourceChoices } from './ResourceChoices';
import { ResourcePicker } from './ResourcePicker';
import { PAGE_PATHS } from '../pagePaths';

/** Importing a CSV or XLSX file into one resource, for managers and admins; `/import/<resource>` preselects it. */
export function ImportPage() {
  const translate = useTranslate();
  const meta = useMeta();
  const profile = useProfile();
  const { resource } = useParams<{ resource?: string }>();
  const choices = useMemo(() => importableResources(profile, meta, orderedResources(meta)), [profile, meta]);

  if (!profile) {
    return (
      <Box sx={{ py: 6, textAlign: 'center' }}>
        <CircularProgress size={28} />
      </Box>
    );
  }
  if (resource && !choices.includes(resource)) return <Navigate to={importPath()} replace />;
  const title = resource
    ? translate('crm.import.title_for', { resource: translate(`resources.${resource}.name`, { smart_count: 2 }) })
    : translate('crm.import.title');
  return (
    <Box sx={{ py: 2, maxWidth: 1200 }}>
      <Title title={title} />
      {choices.length === 0 ? (
        <Alert severity="info">{translate('crm.import.file.no_resource')}</Alert>
      ) : (
        <>
          <ResourcePicker choices={choices} value={resource} />
          {resource ? <ImportWizard key={resource} resource={resource} /> : <ResourceChoices choices={choices} />}
        </>
      )}
    </Box>
  );
}

ImportPage.path = PAGE_PATHS.import;
