import UploadFileIcon from '@mui/icons-material/UploadFile';
import { Button } from 'react-admin';
import { useNavigate } from 'react-router-dom';
import { useProfile } from '../../auth/useProfile';
import { useMeta } from '../../meta/MetaContext';
import { importPath, mayImport } from './importRights';

/** A list toolbar's "Import" button: opens the import wizard for the resource; nothing for a user who may not import it. */
export function ImportButton({ resource }: { resource: string }) {
  const meta = useMeta();
  const profile = useProfile();
  const navigate = useNavigate();
  if (!mayImport(profile, meta, resource)) return null;
  return (
    <Button label="crm.import.button" onClick={() => navigate(importPath(resource))}>
      <UploadFileIcon />
    </Button>
  );
}
