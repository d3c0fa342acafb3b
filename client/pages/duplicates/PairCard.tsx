import { Button, Card, CardActions, CardContent, Divider, Stack } from '@mui/material';
import CompareArrowsIcon from '@mui/icons-material/CompareArrows';
import PersonOffOutlinedIcon from '@mui/icons-material/PersonOffOutlined';
import { useTranslate } from 'react-admin';
import type { Candidate } from './duplicatesApi';
import { PairSide } from './PairSide';
import { ReasonChips } from './ReasonChips';
import { ScoreBadge } from './ScoreBadge';

export interface PairCardProps {
  pair: Candidate;
  mayDecide: boolean;
  onReview: (pair: Candidate) => void;
  onDismiss: (pair: Candidate) => void;
  busy: boolean;
}

/** One proposed pair: its score and reasons, the two records side by side (stacked on a phone), review and dismiss. */
export function PairCard({ pair, mayDecide, onReview, onDismiss, busy }: PairCardProps) {
  const translate = useTranslate();
  return (
    <Card variant="outlined" component="li" sx={{ listStyle: 'none' }} data-pair={pair.key}>
      <CardContent sx={{ pb: 1 }}>
        <Stack direction="row" sx={{ alignItems: 'center', gap: 1.5, flexWrap: 'wrap', mb: 1.5 }}>
          <ScoreBadge score={pair.score} level={pair.level} />
          <ReasonChips reasons={pair.reasons} />
        </Stack>
        <Stack direction={{ xs: 'column', sm: 'row' }} divider={<Divider flexItem orientation="vertical" />} sx={{ gap: { xs: 1.5, sm: 2 } }}>
          <PairSide side={pair.a} />
          <PairSide side={pair.b} />
        </Stack>
      </CardContent>
      <CardActions sx={{ justifyContent: 'flex-end', flexWrap: 'wrap', gap: 1, px: 2, pb: 1.5 }}>
        {mayDecide && (
          <Button size="small" color="inherit" startIcon={<PersonOffOutlinedIcon />} onClick={() => onDismiss(pair)} disabled={busy}>
            {translate('crm.duplicates.actions.dismiss')}
          </Button>
        )}
        <Button size="small" variant={mayDecide ? 'contained' : 'outlined'} startIcon={<CompareArrowsIcon />} onClick={() => onReview(pair)}>
          {translate('crm.duplicates.actions.review')}
        </Button>
      </CardActions>
    </Card>
  );
}
