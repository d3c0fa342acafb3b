import { useState } from 'react';
import { Box, Stack } from '@mui/material';
import { useLocaleState, useNotify } from 'react-admin';
import type { ApplyResult, PreviewResult, RecalcMode, RulesDocument } from '../../loyalty/loyaltyApi';
import { ApplyConfirmDialog } from './ApplyConfirmDialog';
import { DistributionCard } from './DistributionCard';
import { DraftActions } from './DraftActions';
import { toRequest } from './draft';
import { ExpiryCard } from './ExpiryCard';
import { PreviewResults } from './PreviewResults';
import { ProgramRulesCard } from './ProgramRulesCard';
import { isConflict, refusalOf } from './serverErrors';
import { TierCards } from './TierCards';
import { tierName } from './tierNames';
import { useApplyTiers, useBaselinePreview, usePreviewTiers, useSaveRules } from './useLoyalty';
import { useTierDraft } from './useTierDraft';
import { VersionsCard } from './VersionsCard';
import { WhatIfCard } from './WhatIfCard';

interface TierWorkspaceProps {
  doc: RulesDocument;
  editable: boolean;
  onApplied: (result: ApplyResult) => void;
  onConflict: () => void;
}

/**
 * The tier page's working area for one version of the rules: the draft in the cards, the what-if of the draft,
 * and saving it (with or without recalculation). A refused request puts each reason beside its field; a 409
 * means another version was saved meanwhile, and the page asks to reload.
 */
export function TierWorkspace({ doc, editable, onApplied, onConflict }: TierWorkspaceProps) {
  const notify = useNotify();
  const [locale] = useLocaleState();
  const draft = useTierDraft(doc);
  const [mode, setMode] = useState<RecalcMode>('now');
  const [note, setNote] = useState('');
  const [preview, setPreview] = useState<{ result: PreviewResult; key: string } | null>(null);
  const [confirming, setConfirming] = useState(false);
  const baseline = useBaselinePreview(doc.version, editable);
  const previewing = usePreviewTiers();
  const applying = useApplyTiers();
  const saving = useSaveRules();

  const request = draft.valid ? toRequest(draft.draft, draft.saved) : null;
  const key = JSON.stringify({ request, mode });
  const fresh = preview?.key === key;
  const changed = draft.changed.length > 0;
  // member counts from the rules as last read: they change with every run, the draft's copy would not
  const counted = draft.draft.tiers.map((t) => ({ ...t, members: draft.saved.tiers.find((s) => s.id === t.id)?.members ?? t.members }));
  const namedTiers = [...draft.draft.tiers].reverse().map((t) => ({ id: t.id, name: tierName({ name: t.name || t.code, name_en: t.name_en }, locale) }));

  const fail = (error: unknown) => {
    const refusal = refusalOf(error);
    if (isConflict(refusal)) {
      // said where the user is (the notification) and kept at the top of the page with the reload button
      notify('crm.tiers.conflict.message', { type: 'warning' });
      return onConflict();
    }
    draft.setServerErrors(refusal.errors);
    notify(Object.keys(refusal.errors).length ? 'crm.tiers.errors.see_fields' : refusal.message, { type: 'error' });
  };
  // mutateAsync, not mutate's callbacks: a new saved version remounts this workspace before they would run
  const runPreview = () => {
    if (!request) return;
    previewing.mutateAsync({ ...request, mode }).then((result) => setPreview({ result, key }), fail);
  };
  const apply = () =>
    applying.mutateAsync({ version: doc.version, ...(changed && request ? request : {}), mode, note: note.trim() || undefined }).then(
      (result) => {
        setConfirming(false);
        setPreview(null);
        onApplied(result);
      },
      (error: unknown) => {
        setConfirming(false);
        fail(error);
      },
    );
  const save = () => {
    if (!request) return;
    saving.mutateAsync({ version: doc.version, ...request, note: note.trim() || undefined }).then(
      (saved) => notify('crm.tiers.actions.saved', { type: 'success', messageArgs: { version: saved.version } }),
      fail,
    );
  };
  const busy = previewing.isPending || applying.isPending || saving.isPending;

  return (
    <Stack spacing={2}>
      <TierCards draft={draft} editable={editable} />
      <ProgramRulesCard draft={draft} editable={editable} />
      <DistributionCard tiers={counted} preview={fresh ? (preview?.result ?? null) : null} baseline={editable ? baseline : null} />
      {editable && (
        <WhatIfCard
          actions={
            <DraftActions draft={draft} mode={mode} onMode={setMode} note={note} onNote={setNote} busy={busy} previewFresh={fresh}
              onPreview={runPreview} onApply={() => setConfirming(true)} onSave={save} />
          }
          results={preview && <PreviewResults preview={preview.result} tiers={namedTiers} stale={!fresh} />}
        />
      )}
      <Box sx={{ display: 'grid', gap: 2, gridTemplateColumns: { xs: 'minmax(0, 1fr)', lg: editable ? 'repeat(2, minmax(0, 1fr))' : 'minmax(0, 1fr)' }, alignItems: 'start' }}>
        {editable && <ExpiryCard />}
        <VersionsCard />
      </Box>
      <ApplyConfirmDialog open={confirming && fresh} preview={preview?.result ?? null} changes={draft.changed.length} nextVersion={doc.version + 1}
        busy={applying.isPending} onConfirm={apply} onClose={() => setConfirming(false)} />
    </Stack>
  );
}
