import { Button, IconButton, Stack, ToggleButton, ToggleButtonGroup, Typography } from '@mui/material';
import ChevronLeftIcon from '@mui/icons-material/ChevronLeft';
import ChevronRightIcon from '@mui/icons-material/ChevronRight';
import { useTranslate } from 'react-admin';
import type { ReportPeriod } from './reportPeriod';

export interface PeriodPickerProps {
  period: ReportPeriod;
  range: { from: string; to: string } | null;
  onPeriod: (p: ReportPeriod) => void;
  onStep: (step: number) => void;
  onCurrent: () => void;
}

/** Week or month, and the previous / next / current period, with the dates it covers. */
export function PeriodPicker({ period, range, onPeriod, onStep, onCurrent }: PeriodPickerProps) {
  const translate = useTranslate();
  const t = (key: string, args?: Record<string, unknown>) => translate(`crm.followups.report.${key}`, args);
  return (
    <Stack direction="row" spacing={1} sx={{ alignItems: 'center', flexWrap: 'wrap', rowGap: 1 }}>
      <ToggleButtonGroup exclusive size="small" value={period} onChange={(_, p: ReportPeriod | null) => p && onPeriod(p)}>
        <ToggleButton value="week">{t('week')}</ToggleButton>
        <ToggleButton value="month">{t('month')}</ToggleButton>
      </ToggleButtonGroup>
      <IconButton size="small" onClick={() => onStep(-1)} aria-label={t('previous')}><ChevronLeftIcon /></IconButton>
      <Typography variant="body2" sx={{ minWidth: 150, textAlign: 'center' }}>{range ? t('range', range) : '…'}</Typography>
      <IconButton size="small" onClick={() => onStep(1)} aria-label={t('next')}><ChevronRightIcon /></IconButton>
      <Button size="small" onClick={onCurrent}>{t('current')}</Button>
    </Stack>
  );
}
