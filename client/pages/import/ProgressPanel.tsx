import { Box, Button, LinearProgress, Typography } from '@mui/material';
import { useTranslate } from 'react-admin';
import { fileSize } from './importFiles';
import type { Busy } from './useImportWizard';

/** A determinate bar while the file goes up, then an indeterminate one while the server checks or imports it. */
export function ProgressPanel({ busy, file, onCancel }: { busy: Busy; file: File | null; onCancel: () => void }) {
  const translate = useTranslate();
  const percent = busy.stage === 'upload' ? Math.round(busy.fraction * 100) : null;
  const label = percent !== null ? translate('crm.import.progress.upload', { percent }) : translate(`crm.import.progress.${busy.purpose}`);
  return (
    <Box sx={{ mb: 2 }} role="status" aria-live="polite">
      <Box sx={{ display: 'flex', alignItems: 'center', justifyContent: 'space-between', mb: 0.5 }}>
        <Typography variant="body2" color="text.secondary" noWrap>
          {label}
          {file && ` · ${translate('crm.import.file.chosen', { name: file.name, size: fileSize(file.size) })}`}
        </Typography>
        {busy.purpose === 'check' && (
          <Button size="small" onClick={onCancel}>
            {translate('crm.import.progress.cancel')}
          </Button>
        )}
      </Box>
      {percent !== null ? (
        <LinearProgress variant="determinate" value={percent} aria-label={label} />
      ) : (
        <LinearProgress aria-label={label} />
      )}
    </Box>
  );
}
