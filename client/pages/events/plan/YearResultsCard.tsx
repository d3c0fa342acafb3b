import { Box, Card, CardContent, Typography } from '@mui/material';
import { useTranslate } from 'react-admin';
import type { Results } from './planApi';
import { ResultTiles } from './ResultTiles';

/** The year's results, rolled up from its finished events (the scorecards' figures, counted once for all of them). */
export function YearResultsCard({ results }: { results: Results }) {
  const translate = useTranslate();
  return (
    <Card variant="outlined" data-testid="plan-results">
      <CardContent sx={{ display: 'flex', flexDirection: 'column', gap: 1.5 }}>
        <Box sx={{ display: 'flex', alignItems: 'baseline', flexWrap: 'wrap', columnGap: 1.5, rowGap: 0.25 }}>
          <Typography variant="overline" color="text.secondary" sx={{ lineHeight: 1.5 }}>
            {translate('crm.plan.results.year')}
          </Typography>
          <Typography variant="caption" color="text.secondary">
            {results.events > 0 ? translate('crm.plan.results.basis', { smart_count: results.events }) : translate('crm.plan.results.none')}
          </Typography>
        </Box>
        <ResultTiles results={results} />
        <Typography variant="caption" color="text.secondary">
          {translate('crm.plan.results.revenue_hint')}
        </Typography>
      </CardContent>
    </Card>
  );
}
