import { Box, Typography } from '@mui/material';
import { useTranslate } from 'react-admin';
import type { Results } from './planApi';
import { resultFigures } from './planResults';

interface ResultTilesProps {
  results: Results;
  /** a quarter's compact grid rather than the year's row of tiles */
  dense?: boolean;
}

/** What done events brought, as figures: attended, attendance rate, satisfaction, referrals, revenue within 30 days, cost per attendee. */
export function ResultTiles({ results, dense = false }: ResultTilesProps) {
  const translate = useTranslate();
  return (
    <Box
      sx={{
        display: 'grid', gap: dense ? 0.75 : 1,
        gridTemplateColumns: dense ? { xs: 'repeat(3, minmax(0, 1fr))', sm: 'repeat(2, minmax(0, 1fr))' } : { xs: 'repeat(2, minmax(0, 1fr))', sm: 'repeat(3, minmax(0, 1fr))', lg: 'repeat(6, minmax(0, 1fr))' },
      }}
    >
      {resultFigures(results).map((figure) => (
        <Box
          key={figure.key}
          data-testid={`plan-result-${figure.key}`}
          sx={{ minWidth: 0, p: dense ? 0.75 : { xs: 1, sm: 1.25 }, borderRadius: 1.5, bgcolor: dense ? 'background.paper' : 'action.hover' }}
        >
          <Typography variant="caption" color="text.secondary" component="div" noWrap={!dense} sx={{ lineHeight: 1.35 }}>
            {translate(`crm.plan.results.${figure.key}`)}
          </Typography>
          <Typography
            component="div"
            sx={{ fontWeight: 700, lineHeight: 1.3, fontVariantNumeric: 'tabular-nums', fontSize: dense ? '1rem' : { xs: '1.2rem', sm: '1.4rem' }, overflowWrap: 'anywhere' }}
          >
            {figure.value}
          </Typography>
          {figure.hint && !dense && (
            <Typography variant="caption" color="text.secondary" component="div" noWrap>
              {translate(`crm.plan.results.${figure.hint.message}`, figure.hint.args)}
            </Typography>
          )}
        </Box>
      ))}
    </Box>
  );
}
