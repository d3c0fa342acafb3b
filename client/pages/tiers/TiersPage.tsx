import { useState } from 'react';
import { Alert, Box, Button, CircularProgress } from '@mui/material';
import { Title, useTranslate } from 'react-admin';
import type { ApplyResult } from '../../loyalty/loyaltyApi';
import { PendingAdjustmentsCard } from './PendingAdjustmentsCard';
import { refusalOf } from './serverErrors';
import { RulesVersionCard } from './RulesVersionCard';
import { RunResultAlert } from './RunResultAlert';
import { TierWorkspace } from './TierWorkspace';
import { useCanEditTiers } from './useCanEditTiers';
import { useReloadRules, useRulesDocument } from './useLoyalty';
import { PAGE_PATHS } from '../pagePaths';

/**
 * 会员等级管理: the tiers and the programme's rules, their distribution, the what-if of a draft and its
 * application, the year-end expiry and the rules' history. Managers and admins edit; everyone else reads.
 */
export function TiersPage() {
  const translate = useTranslate();
  const editable = useCanEditTiers();
  const { data: doc, error, isPending } = useRulesDocument();
  const reload = useReloadRules();
  const [applied, setApplied] = useState<ApplyResult | null>(null);
  const [conflict, setConflict] = useState(false);

  return (
    <Box sx={{ py: 2, maxWidth: 1600, minWidth: 0 }}>
      <Title title="crm.tiers.title" />
      {isPending ? (
        <Box sx={{ py: 6, textAlign: 'center' }}>
          <CircularProgress size={28} />
        </Box>
      ) : error || !doc ? (
        <Alert severity="error" action={<Button color="inherit" onClick={() => void reload()}>{translate('crm.app.retry')}</Button>}>
          {translate('crm.tiers.load_failed', { reason: refusalOf(error).message })}
        </Alert>
      ) : (
        <>
          <Box sx={{ display: 'grid', gap: 2, gridTemplateColumns: { xs: 'minmax(0, 1fr)', sm: 'repeat(2, minmax(0, 1fr))' }, mb: 2 }}>
            <RulesVersionCard doc={doc} />
            <PendingAdjustmentsCard />
          </Box>
          {conflict && (
            <Alert severity="warning" sx={{ mb: 2 }} data-testid="rules-conflict"
              action={
                <Button color="inherit" onClick={() => { setConflict(false); void reload(); }}>
                  {translate('crm.tiers.conflict.reload')}
                </Button>
              }>
              {translate('crm.tiers.conflict.message')}
            </Alert>
          )}
          {applied && (
            <Box sx={{ mb: 2 }}>
              <RunResultAlert result={applied} onClose={() => setApplied(null)} />
            </Box>
          )}
          <TierWorkspace key={doc.version} doc={doc} editable={editable} onApplied={setApplied} onConflict={() => setConflict(true)} />
        </>
      )}
    </Box>
  );
}

TiersPage.path = PAGE_PATHS.tiers;
