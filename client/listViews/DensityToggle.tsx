import DensityMediumIcon from '@mui/icons-material/DensityMedium';
import DensitySmallIcon from '@mui/icons-material/DensitySmall';
import { IconButton, Tooltip } from '@mui/material';
import { useTranslate } from 'react-admin';
import { useListViewSetup } from './ListViewContext';
import { toSettings } from './viewConfig';

/** Compact or comfortable rows: one click switches, the button says what the next click gives. */
export function DensityToggle() {
  const setup = useListViewSetup();
  const translate = useTranslate();
  if (!setup) return null;
  const { density, columns, setLayout } = setup;
  const next = density === 'compact' ? 'comfortable' : 'compact';
  const label = translate('crm.list_views.density.switch', { density: translate(`crm.list_views.density.${next}`) });
  return (
    <Tooltip title={label}>
      <IconButton size="small" color="primary" onClick={() => setLayout({ columns: toSettings(columns), density: next })} aria-label={label} data-testid="density-toggle" data-density={density}>
        {density === 'compact' ? <DensitySmallIcon fontSize="small" /> : <DensityMediumIcon fontSize="small" />}
      </IconButton>
    </Tooltip>
  );
}
