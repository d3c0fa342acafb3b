import { useRef, useState, type DragEvent } from 'react';
import { Alert, Box, Button, Typography } from '@mui/material';
import CloudUploadIcon from '@mui/icons-material/CloudUpload';
import { useTranslate } from 'react-admin';
import { isImportFile } from './importFiles';
import { TemplateButton } from './TemplateButton';
import type { ImportWizard } from './useImportWizard';

/** Dropping or choosing the file; choosing it starts the first dry run at once. */
export function FileStep({ resource, wizard }: { resource: string; wizard: ImportWizard }) {
  const translate = useTranslate();
  const input = useRef<HTMLInputElement>(null);
  const [over, setOver] = useState(false);
  const [wrongType, setWrongType] = useState(false);
  const busy = wizard.state.busy !== null;

  const take = (file: File | undefined) => {
    if (!file) return;
    setWrongType(!isImportFile(file.name));
    if (isImportFile(file.name)) void wizard.chooseFile(file);
  };
  const onDrop = (event: DragEvent) => {
    event.preventDefault();
    setOver(false);
    if (!busy) take(event.dataTransfer.files[0]);
  };

  return (
    <Box>
      {wrongType && (
        <Alert severity="warning" sx={{ mb: 2 }}>
          {translate('crm.import.file.wrong_type')}
        </Alert>
      )}
      <Box
        onDragOver={(event) => {
          event.preventDefault();
          setOver(true);
        }}
        onDragLeave={() => setOver(false)}
        onDrop={onDrop}
        sx={{
          border: 2,
          borderStyle: 'dashed',
          borderColor: over ? 'primary.main' : 'divider',
          bgcolor: over ? 'action.hover' : 'transparent',
          borderRadius: 2,
          p: { xs: 3, sm: 5 },
          textAlign: 'center',
        }}
      >
        <CloudUploadIcon color="primary" sx={{ fontSize: 48 }} />
        <Typography variant="subtitle1" sx={{ mt: 1 }}>
          {translate('crm.import.file.drop')}
        </Typography>
        <Typography variant="body2" color="text.secondary" sx={{ my: 1 }}>
          {translate('crm.import.file.or')}
        </Typography>
        <Button variant="contained" disabled={busy} onClick={() => input.current?.click()}>
          {translate('crm.import.file.choose')}
        </Button>
        <input
          ref={input}
          type="file"
          name="file"
          hidden
          accept=".csv,.xlsx,text/csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
          onChange={(event) => {
            take(event.target.files?.[0]);
            event.target.value = '';
          }}
        />
        <Typography variant="body2" color="text.secondary" sx={{ mt: 2, maxWidth: 640, mx: 'auto' }}>
          {translate('crm.import.file.hint')}
        </Typography>
      </Box>
      <Box sx={{ mt: 2, display: 'flex', alignItems: 'center', gap: 2, flexWrap: 'wrap' }}>
        <TemplateButton resource={resource} />
        <Typography variant="body2" color="text.secondary" sx={{ flex: '1 1 280px' }}>
          {translate('crm.import.file.template_hint')}
        </Typography>
      </Box>
    </Box>
  );
}
