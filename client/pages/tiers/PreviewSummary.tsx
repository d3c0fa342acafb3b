import { Box, Button, Paper, Typography } from '@mui/material';
import ListIcon from '@mui/icons-material/List';
import { Link } from 'react-router-dom';
import { useTranslate } from 'react-admin';
import type { PreviewResult } from '../../loyalty/loyaltyApi';
import { formatInteger } from '../../i18n/formats';
import { previewCustomersPath, type MoveDirection } from './links';

const TILES: { key: MoveDirection | 'unchanged'; color: string }[] = [
  { key: 'up', color: 'success.main' },
  { key: 'down', color: 'error.main' },
  { key: 'held', color: 'warning.main' },
  { key: 'unchanged', color: 'text.secondary' },
];

/** How many would move up, down, be held by the policy or stay; each group opens in the customers list. */
export function PreviewSummary({ preview }: { preview: PreviewResult }) {
  const translate = useTranslate();
  return (
    <Box sx={{ display: 'grid', gap: 1.5, gridTemplateColumns: { xs: 'repeat(2, minmax(0, 1fr))', md: 'repeat(4, minmax(0, 1fr))' } }}>
      {TILES.map(({ key, color }) => (
        <Paper key={key} variant="outlined" sx={{ p: 1.5, display: 'flex', flexDirection: 'column', gap: 0.5 }} data-testid={`preview-${key}`}>
          <Typography variant="body2" color="text.secondary">
            {translate(`crm.tiers.preview.${key}`)}
          </Typography>
          <Typography variant="h5" component="p" sx={{ color, fontWeight: 700 }} data-count={preview[key]}>
            {formatInteger(preview[key])}
          </Typography>
          {key !== 'unchanged' && preview[key] > 0 && (
            <Button component={Link} to={previewCustomersPath(preview.preview_id, key)} size="small" startIcon={<ListIcon />}
              sx={{ alignSelf: 'flex-start', px: 0.5 }}>
              {translate('crm.tiers.preview.open_list')}
            </Button>
          )}
        </Paper>
      ))}
    </Box>
  );
}
