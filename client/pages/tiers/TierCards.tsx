import { Box } from '@mui/material';
import { TierCard } from './TierCard';
import type { TierDraftState } from './useTierDraft';

/** The tiers side by side, highest first (as members think of them): four across on a wide screen, one on a phone. */
export function TierCards({ draft, editable }: { draft: TierDraftState; editable: boolean }) {
  const order = draft.draft.tiers.map((_, i) => i).reverse();
  return (
    <Box sx={{ display: 'grid', gap: 2, gridTemplateColumns: { xs: '1fr', sm: 'repeat(2, minmax(0, 1fr))', lg: 'repeat(4, minmax(0, 1fr))' } }}>
      {order.map((index) => (
        <TierCard key={draft.draft.tiers[index].id} draft={draft} index={index} editable={editable} />
      ))}
    </Box>
  );
}
