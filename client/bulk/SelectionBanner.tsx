import { Box, Button, Typography } from '@mui/material';
import { useTranslate } from 'react-admin';
import { formatInteger } from '../i18n/formats';

export interface SelectionBannerProps {
  pageCount: number;
  total: number;
  allMatching: boolean;
  onSelectAll: () => void;
  onClear: () => void;
}

/**
 * Gmail's banner over the table once the whole page is ticked: offers every record matching the filter, not
 * just the page, and says so once chosen.
 */
export function SelectionBanner({ pageCount, total, allMatching, onSelectAll, onClear }: SelectionBannerProps) {
  const translate = useTranslate();
  return (
    <Box
      role="status"
      data-testid="selection-banner"
      sx={{
        display: 'flex', flexWrap: 'wrap', alignItems: 'center', justifyContent: 'center', gap: 1,
        py: 0.75, px: 2, bgcolor: 'action.hover', borderBottom: 1, borderColor: 'divider',
      }}
    >
      <Typography variant="body2">
        {translate(allMatching ? 'crm.bulk.selection.all_selected' : 'crm.bulk.selection.page_selected', {
          count: formatInteger(allMatching ? total : pageCount),
        })}
      </Typography>
      <Button size="small" onClick={allMatching ? onClear : onSelectAll} sx={{ fontWeight: 600 }}>
        {translate(allMatching ? 'crm.bulk.selection.clear' : 'crm.bulk.selection.select_all_matching', { count: formatInteger(total) })}
      </Button>
    </Box>
  );
}
