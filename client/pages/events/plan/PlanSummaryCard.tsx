import type { ReactNode } from 'react';
import { Box, Button, Card, CardContent, Typography } from '@mui/material';
import InfoIcon from '@mui/icons-material/InfoOutlined';
import AddIcon from '@mui/icons-material/Add';
import ArrowForwardIcon from '@mui/icons-material/ArrowForward';
import EditIcon from '@mui/icons-material/EditOutlined';
import { Link } from 'react-router-dom';
import { useGetOne, useTranslate } from 'react-admin';
import { mayAccess } from '../../../auth/access';
import { useProfile } from '../../../auth/useProfile';
import { formatMoney } from '../../../i18n/formats';
import { createPlanPath, type PlanSummary } from './planMath';
import { StatusChip } from './StatusChip';

/** The year's plan row: title, state, owner, budget and goals, with a way to open it; or, when there is none, a way to create it. */
export function PlanSummaryCard({ year, plan }: { year: number; plan: PlanSummary | null }) {
  const translate = useTranslate();
  const profile = useProfile() ?? null;
  if (!plan) {
    const canCreate = mayAccess(profile, { action: 'create', resource: 'cs_plans' });
    return (
      <Card variant="outlined" sx={{ height: '100%', borderStyle: 'dashed' }} data-testid="plan-missing">
        <CardContent sx={{ display: 'flex', gap: 1.5, alignItems: 'flex-start' }}>
          <InfoIcon color="info" sx={{ mt: 0.25 }} />
          <Box sx={{ display: 'flex', flexDirection: 'column', gap: 1, alignItems: 'flex-start' }}>
            <Typography variant="h6" component="h2">
              {translate('crm.plan.plan.missing', { year })}
            </Typography>
            <Typography variant="body2" color="text.secondary" sx={{ maxWidth: 560 }}>
              {translate('crm.plan.plan.missing_hint')}
            </Typography>
            {canCreate && (
              <Button
                component={Link}
                to={createPlanPath(year, translate('crm.plan.plan.default_title', { year }))}
                variant="outlined"
                startIcon={<AddIcon />}
                sx={{ mt: 0.5 }}
              >
                {translate('crm.plan.plan.create', { year })}
              </Button>
            )}
          </Box>
        </CardContent>
      </Card>
    );
  }
  return (
    <Card variant="outlined" sx={{ height: '100%' }} data-testid="plan-summary">
      <CardContent sx={{ display: 'flex', flexDirection: 'column', gap: 1.5 }}>
        <Box sx={{ display: 'flex', alignItems: 'center', gap: 1, flexWrap: 'wrap' }}>
          <Typography variant="h6" component="h2" sx={{ mr: 'auto', overflowWrap: 'anywhere' }}>
            {plan.title}
          </Typography>
          <StatusChip list="plan_status" value={plan.status} />
        </Box>
        <Box sx={{ display: 'flex', flexWrap: 'wrap', columnGap: 4, rowGap: 1 }}>
          <Figure label={translate('crm.plan.plan.budget')}>
            {plan.budget !== null ? formatMoney(plan.budget) : translate('crm.plan.plan.no_budget')}
          </Figure>
          {plan.owner_id !== null && (
            <Figure label={translate('crm.plan.plan.owner')}>
              <OwnerName id={plan.owner_id} />
            </Figure>
          )}
        </Box>
        <Box>
          <Typography variant="caption" color="text.secondary" component="div">
            {translate('crm.plan.plan.goals')}
          </Typography>
          <Typography
            variant="body2"
            color={plan.goals ? 'text.primary' : 'text.secondary'}
            sx={{ whiteSpace: 'pre-line', overflowWrap: 'anywhere', fontStyle: plan.goals ? 'normal' : 'italic' }}
          >
            {plan.goals ?? translate('crm.plan.plan.no_goals')}
          </Typography>
        </Box>
        <Box sx={{ display: 'flex', flexWrap: 'wrap', alignItems: 'center', gap: 1, ml: -0.5 }}>
          {mayAccess(profile, { action: 'show', resource: 'cs_plans' }) && (
            <Button component={Link} to={`/cs_plans/${plan.id}/show`} size="small" endIcon={<ArrowForwardIcon />}>
              {translate('crm.plan.plan.open')}
            </Button>
          )}
          {mayAccess(profile, { action: 'edit', resource: 'cs_plans' }) && (
            <Button
              component={Link}
              to={`/cs_plans/${plan.id}`}
              size="small"
              startIcon={<EditIcon />}
              title={translate('crm.plan.plan.edit_hint')}
              data-testid="plan-edit"
            >
              {translate('crm.plan.plan.edit')}
            </Button>
          )}
        </Box>
      </CardContent>
    </Card>
  );
}

function Figure({ label, children }: { label: string; children: ReactNode }) {
  return (
    <Box>
      <Typography variant="caption" color="text.secondary" component="div">
        {label}
      </Typography>
      <Typography variant="subtitle1" component="div" sx={{ fontWeight: 600, fontVariantNumeric: 'tabular-nums' }}>
        {children}
      </Typography>
    </Box>
  );
}

function OwnerName({ id }: { id: number }) {
  const { data } = useGetOne<{ id: number; name?: string; username?: string }>('users', { id });
  return <>{data?.name ?? data?.username ?? '…'}</>;
}
