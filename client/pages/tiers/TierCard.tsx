import { Box, Card, CardContent, Chip, Stack, Typography, useTheme } from '@mui/material';
import WorkspacePremiumIcon from '@mui/icons-material/WorkspacePremium';
import { useLocaleState, useTranslate } from 'react-admin';
import { formatInteger } from '../../i18n/formats';
import { tierName } from './tierNames';
import { TierCardEditor } from './TierCardEditor';
import { TierCardView } from './TierCardView';
import type { TierDraftState } from './useTierDraft';

/** One tier in its own colour (a colour not written as #rgb / #rrggbb shows grey: the contrast check cannot read it): name, members and threshold on top; its rules below, as text or as inputs. */
export function TierCard({ draft, index, editable }: { draft: TierDraftState; index: number; editable: boolean }) {
  const translate = useTranslate();
  const theme = useTheme();
  const [locale] = useLocaleState();
  const tier = draft.draft.tiers[index];
  const members = draft.saved.tiers.find((t) => t.id === tier.id)?.members ?? tier.members;
  const color = /^#([0-9a-f]{3}|[0-9a-f]{6})$/i.test(tier.color.trim()) ? tier.color.trim() : theme.palette.grey[500];
  const ink = theme.palette.getContrastText(color);
  return (
    <Card data-tier={tier.code} sx={{ display: 'flex', flexDirection: 'column', opacity: tier.active ? 1 : 0.6, minWidth: 0 }}>
      <Box sx={{ bgcolor: color, color: ink, px: 2, py: 1.5 }}>
        <Stack direction="row" spacing={1} sx={{ alignItems: 'center' }}>
          <WorkspacePremiumIcon />
          <Typography variant="h6" component="h2" sx={{ flex: 1, minWidth: 0, fontWeight: 700 }} noWrap>
            {tierName({ name: tier.name || tier.code, name_en: tier.name_en }, locale)}
          </Typography>
          {!tier.active && <Chip size="small" label={translate('crm.tiers.card.inactive')} sx={{ color: ink, borderColor: ink }} variant="outlined" />}
        </Stack>
        <Stack direction="row" sx={{ justifyContent: 'space-between', alignItems: 'baseline', mt: 0.5 }}>
          <Typography variant="body2">
            {translate('crm.tiers.card.threshold_short', { points: formatInteger(tier.threshold_points) || tier.threshold_points })}
          </Typography>
          <Typography variant="body2" data-testid={`tier-members-${tier.code}`}>
            {translate('crm.tiers.card.members', { count: formatInteger(members) })}
          </Typography>
        </Stack>
      </Box>
      <CardContent sx={{ flex: 1 }}>
        {editable ? <TierCardEditor draft={draft} index={index} /> : <TierCardView tier={tier} />}
      </CardContent>
    </Card>
  );
}
