import { Card, CardActionArea, CardContent, Typography } from '@mui/material';
import { Link } from 'react-router-dom';
import { drillPath } from '../../dashboard/kpiFormat';
import type { OwnerDrill } from './ownerRows';

/** A headline figure with what it counts; opens the customers behind it when it has a drill. */
export function OwnerTile({ label, value, note, drill, testId }: { label: string; value: string; note: string; drill?: OwnerDrill; testId: string }) {
  const body = (
    <CardContent>
      <Typography variant="subtitle2" color="text.secondary" noWrap>{label}</Typography>
      <Typography variant="h4" component="p" sx={{ fontWeight: 600, fontSize: { xs: '1.5rem', sm: '2.125rem' }, whiteSpace: 'nowrap' }}>{value}</Typography>
      <Typography variant="caption" color="text.secondary" sx={{ display: 'block', minHeight: 20 }}>{note}</Typography>
    </CardContent>
  );
  return (
    <Card variant="outlined" data-testid={testId} sx={{ breakInside: 'avoid' }}>
      {drill ? <CardActionArea component={Link} to={drillPath(drill)}>{body}</CardActionArea> : body}
    </Card>
  );
}
