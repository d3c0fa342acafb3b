import { Chip, Stack } from '@mui/material';
import LeaderboardIcon from '@mui/icons-material/Leaderboard';
import { useListContext, useTranslate } from 'react-admin';
import { parsePreviewFilter } from '../../pages/tiers/links';

const KEYS = ['tier_preview', 'tier_batch'] as const;

/**
 * Why the list is narrowed when the tier page sent the user here: the what-if's group (promoted, moved down,
 * held) or a recalculation's batch, as a chip whose ✕ drops that filter. Nothing when neither is set.
 * (Registered as an always-on filter with `source` so react-admin places it in the filter bar; it reads and
 * clears the list's filter itself, the value being an opaque id nobody types.)
 */
export function TierRunFilter(_props: { source: string; alwaysOn?: boolean }) {
  const translate = useTranslate();
  const { filterValues, displayedFilters, setFilters } = useListContext();
  const present = KEYS.filter((key) => typeof filterValues[key] === 'string' && filterValues[key] !== '');
  if (present.length === 0) return null;
  const drop = (key: string) => {
    const { [key]: _dropped, ...rest } = filterValues;
    setFilters(rest, displayedFilters);
  };
  const label = (key: (typeof KEYS)[number]) => {
    if (key === 'tier_batch') return translate('crm.tiers.filters.tier_batch');
    const parsed = parsePreviewFilter(filterValues.tier_preview);
    const direction = parsed ? translate(`crm.tiers.preview.${parsed.direction}`) : String(filterValues.tier_preview);
    return translate('crm.tiers.filters.tier_preview', { direction });
  };
  return (
    <Stack direction="row" spacing={1} sx={{ mb: 1, alignSelf: 'center' }}>
      {present.map((key) => (
        <Chip key={key} data-testid={`filter-${key}`} icon={<LeaderboardIcon />} color="primary" variant="outlined" label={label(key)} onDelete={() => drop(key)} />
      ))}
    </Stack>
  );
}
