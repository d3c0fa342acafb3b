import { Button } from '@mui/material';
import DownloadIcon from '@mui/icons-material/Download';
import { useTranslate } from 'react-admin';
import { useResourceMeta } from '../../meta/MetaContext';
import { downloadText } from './downloadText';
import { importableFields } from './importFields';
import { fileName, templateCsv } from './importFiles';

/** An empty CSV whose headers are the importable fields' labels in the user's language, made in the browser. */
export function TemplateButton({ resource }: { resource: string }) {
  const translate = useTranslate();
  const meta = useResourceMeta(resource);
  const download = () => {
    const labels = importableFields(meta).map((field) => translate(`resources.${resource}.fields.${field}`));
    const name = fileName(translate(`resources.${resource}.name`, { smart_count: 2 }), translate('crm.import.template_file'));
    downloadText(name, templateCsv(labels));
  };
  return (
    <Button variant="outlined" startIcon={<DownloadIcon />} onClick={download}>
      {translate('crm.import.file.template')}
    </Button>
  );
}
