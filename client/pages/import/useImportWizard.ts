import { useCallback, useEffect, useRef, useState } from 'react';
import { useLocale, useLogoutIfAccessDenied } from 'react-admin';
import { ABORTED, ImportFailure, reportOfMissingColumns, type ColumnMapping, type DuplicatePolicy, type ImportReport } from './importApi';
import { mappingOf, remap } from './importFields';
import { sendImport } from './sendImport';

export type WizardStep = 'file' | 'mapping' | 'review' | 'done';
export const WIZARD_STEPS: readonly WizardStep[] = ['file', 'mapping', 'review', 'done'];

/** What the server is doing for us right now: receiving the file (with how much of it), then checking or importing. */
export type Busy = { purpose: 'check' | 'commit'; stage: 'upload'; fraction: number } | { purpose: 'check' | 'commit'; stage: 'server' };

export interface WizardState {
  step: WizardStep;
  file: File | null;
  mapping: ColumnMapping | null;
  duplicates: DuplicatePolicy;
  /** the last dry run, for the current file, mapping and policy */
  report: ImportReport | null;
  /** the commit's answer */
  result: ImportReport | null;
  busy: Busy | null;
  failure: ImportFailure | null;
}

const initial: WizardState = { step: 'file', file: null, mapping: null, duplicates: 'skip', report: null, result: null, busy: null, failure: null };

/**
 * The import as a story: choose a file → dry run with the server's own column matching → adjust the mapping
 * (each change is checked again) → review the rows and choose what duplicates do → commit → summary. Only the
 * latest request counts: a newer one aborts the one in flight.
 */
export function useImportWizard(resource: string) {
  const locale = useLocale();
  const logoutIfAccessDenied = useLogoutIfAccessDenied();
  const [state, setState] = useState<WizardState>(initial);
  const inFlight = useRef<AbortController | null>(null);

  const abort = () => {
    inFlight.current?.abort();
    inFlight.current = null;
  };
  // leaving the page drops a check in flight (the wizard is keyed by resource, so a new resource is a new wizard)
  useEffect(() => abort, []);

  const run = useCallback(
    async (file: File, mapping: ColumnMapping | null, duplicates: DuplicatePolicy, dryRun: boolean, onDone: (report: ImportReport) => Partial<WizardState>) => {
      abort();
      const controller = new AbortController();
      inFlight.current = controller;
      const purpose = dryRun ? 'check' : 'commit';
      const mine = (update: (s: WizardState) => WizardState) => {
        if (inFlight.current === controller) setState(update);
      };
      setState((s) => ({ ...s, file, mapping, duplicates, failure: null, busy: { purpose, stage: 'upload', fraction: 0 } }));
      try {
        const report = await sendImport(
          { resource, file, mapping: mapping ?? undefined, duplicates, dryRun },
          locale,
          {
            onUpload: (fraction) => mine((s) => ({ ...s, busy: { purpose, stage: 'upload', fraction } })),
            onUploaded: () => mine((s) => ({ ...s, busy: { purpose, stage: 'server' } })),
          },
          controller.signal,
        );
        mine((s) => ({ ...s, busy: null, ...onDone(report) }));
      } catch (error) {
        if (error instanceof ImportFailure && error.status === ABORTED) return; // replaced by a newer request or cancelled
        const failure = error instanceof ImportFailure ? error : new ImportFailure('', 0, null);
        const partial = reportOfMissingColumns(failure, dryRun);
        if (partial) {
          mine((s) => ({ ...s, busy: null, ...onDone(partial) }));
          return;
        }
        if (failure.status === 401) void logoutIfAccessDenied({ status: 401, message: failure.message });
        mine((s) => ({ ...s, busy: null, failure }));
      } finally {
        if (inFlight.current === controller) inFlight.current = null;
      }
    },
    [resource, locale, logoutIfAccessDenied],
  );

  const chooseFile = (file: File) =>
    run(file, null, state.duplicates, true, (report) => ({ step: 'mapping', report, mapping: mappingOf(report.columns), result: null }));

  const check = (mapping: ColumnMapping, duplicates: DuplicatePolicy) => {
    if (state.file) void run(state.file, mapping, duplicates, true, (report) => ({ report }));
  };

  return {
    state,
    chooseFile,
    mapColumn: (header: string, field: string | null) => state.mapping && check(remap(state.mapping, header, field), state.duplicates),
    setDuplicates: (duplicates: DuplicatePolicy) => state.mapping && check(state.mapping, duplicates),
    goTo: (step: WizardStep) => setState((s) => ({ ...s, step, failure: null })),
    commit: () => {
      if (state.file && state.mapping) void run(state.file, state.mapping, state.duplicates, false, (result) => ({ step: 'done', result }));
    },
    cancel: () => {
      abort();
      setState((s) => ({ ...s, busy: null }));
    },
    reset: () => {
      abort();
      setState(initial);
    },
  };
}

export type ImportWizard = ReturnType<typeof useImportWizard>;
