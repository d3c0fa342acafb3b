import { Box, Card, CardContent, CardHeader, Typography } from '@mui/material';
import RuleIcon from '@mui/icons-material/Rule';
import { useTranslate } from 'react-admin';
import { DraftChoice } from './DraftChoice';
import { DraftField } from './DraftField';
import { EARN_KEYS, type DraftRules } from './draft';
import { ProgramRulesView } from './ProgramRulesView';
import type { TierDraftState } from './useTierDraft';

const BASES = ['lifetime', 'rolling'] as const;
const DOWNGRADES = ['never', 'yearly_review', 'grace'] as const;

/** The programme's rules: which points count, when members move down, what earns points, approvals, expiry. */
export function ProgramRulesCard({ draft, editable }: { draft: TierDraftState; editable: boolean }) {
  const translate = useTranslate();
  const rules = draft.draft.rules;
  const number = (key: Exclude<keyof DraftRules, 'earn' | 'basis' | 'downgrade'>, unit: string, hint?: string) => (
    <DraftField
      draft={draft}
      path={`rules.${key}`}
      label={`crm.tiers.rules.${key}`}
      value={rules[key]}
      onChange={(value) => draft.setRule(key, value)}
      numeric
      unit={translate(unit)}
      hint={hint && translate(hint)}
    />
  );
  return (
    <Card sx={{ height: '100%' }}>
      <CardHeader
        avatar={<RuleIcon color="primary" />}
        title={translate('crm.tiers.rules.title')}
        slotProps={{ title: { variant: 'subtitle1', component: 'h2', fontWeight: 600 } }}
      />
      <CardContent sx={{ pt: 0 }}>
        {!editable ? (
          <ProgramRulesView rules={rules} />
        ) : (
          <Box sx={{ display: 'grid', gap: 2, gridTemplateColumns: { xs: 'minmax(0, 1fr)', sm: 'repeat(2, minmax(0, 1fr))', lg: 'repeat(4, minmax(0, 1fr))' } }}>
            <DraftChoice draft={draft} path="rules.basis" label="crm.tiers.rules.basis" value={rules.basis} options={BASES}
              optionLabel={(o) => `crm.tiers.rules.bases.${o}`} onChange={(v) => draft.setRule('basis', v)} />
            {rules.basis === 'rolling' && number('window_months', 'crm.tiers.units.months')}
            <DraftChoice draft={draft} path="rules.downgrade" label="crm.tiers.rules.downgrade" value={rules.downgrade} options={DOWNGRADES}
              optionLabel={(o) => `crm.tiers.rules.downgrades.${o}`} onChange={(v) => draft.setRule('downgrade', v)} />
            {rules.downgrade === 'grace' && number('grace_days', 'crm.tiers.units.days')}
            <Typography variant="caption" color="text.secondary" sx={{ gridColumn: '1 / -1', fontWeight: 600, mb: -1 }}>
              {translate('crm.tiers.rules.earn_title')}
            </Typography>
            {EARN_KEYS.map((key) => (
              <DraftField key={key} draft={draft} path={`rules.earn.${key}`} label={`crm.tiers.rules.earn.${key}`} value={rules.earn[key]}
                onChange={(value) => draft.setEarn(key, value)} numeric unit={translate('crm.tiers.units.points')} />
            ))}
            {number('approval_threshold', 'crm.tiers.units.points', 'crm.tiers.rules.approval_hint')}
            {number('expiry_months', 'crm.tiers.units.months', 'crm.tiers.rules.expiry_hint')}
          </Box>
        )}
      </CardContent>
    </Card>
  );
}
