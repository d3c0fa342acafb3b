import { useMemo, useState } from 'react';
import type { RulesDocument } from '../../loyalty/loyaltyApi';
import { changedPaths, draftOf, type Draft, type DraftRules, type DraftTierField, type EarnKey } from './draft';
import { validateDraft, type DraftError } from './draftValidation';

/** What a field shows beside it: the client's own check first (translated by key), else the server's reason (text). */
export type FieldProblem = { client: DraftError } | { server: string };

/**
 * The manager's draft of the rules, started from the rules in force: edits, the checks they fail, the places
 * they differ from what is saved, and the server's reasons from the last refused request (each dropped as soon
 * as its field is edited again). The page remounts this with each new saved version.
 */
export function useTierDraft(doc: RulesDocument) {
  const saved = useMemo(() => draftOf(doc), [doc]);
  const [draft, setDraft] = useState<Draft>(saved);
  const [serverErrors, setServerErrors] = useState<Record<string, string>>({});

  const errors = useMemo(() => validateDraft(draft), [draft]);
  const changed = useMemo(() => changedPaths(saved, draft), [saved, draft]);

  const forget = (path: string) =>
    setServerErrors((current) => {
      if (!(path in current)) return current;
      const { [path]: _dropped, ...rest } = current;
      return rest;
    });

  const setTier = (index: number, field: DraftTierField, value: string) => {
    setDraft((d) => ({ ...d, tiers: d.tiers.map((t, i) => (i === index ? { ...t, [field]: value } : t)) }));
    forget(`tiers.${index}.${field}`);
    forget(`tiers.id${draft.tiers[index]?.id}.${field}`);
  };
  const setRule = <K extends Exclude<keyof DraftRules, 'earn'>>(key: K, value: DraftRules[K]) => {
    setDraft((d) => ({ ...d, rules: { ...d.rules, [key]: value } }));
    forget(`rules.${key}`);
  };
  const setEarn = (key: EarnKey, value: string) => {
    setDraft((d) => ({ ...d, rules: { ...d.rules, earn: { ...d.rules.earn, [key]: value } } }));
    forget(`rules.earn.${key}`);
  };

  /** The reason to show beside a field, by its path in the request (`tiers.2.threshold_points`). */
  const problem = (path: string): FieldProblem | null => {
    if (errors[path]) return { client: errors[path] };
    const byId = /^tiers\.(\d+)\.(\w+)$/.exec(path);
    const server = serverErrors[path] ?? (byId ? serverErrors[`tiers.id${draft.tiers[Number(byId[1])]?.id}.${byId[2]}`] : undefined);
    return server ? { server } : null;
  };

  /** Server reasons no field on the page shows (e.g. `tiers`, `version`). */
  const looseErrors = Object.entries(serverErrors)
    .filter(([path]) => !/^(tiers\.(\d+|id\d+)\.\w+|rules\.[\w.]+)$/.test(path))
    .map(([, text]) => text);

  return {
    saved,
    draft,
    valid: Object.keys(errors).length === 0,
    changed,
    isChanged: (path: string) => changed.includes(path),
    setTier,
    setRule,
    setEarn,
    problem,
    looseErrors,
    setServerErrors,
    reset: () => {
      setDraft(saved);
      setServerErrors({});
    },
  };
}

export type TierDraftState = ReturnType<typeof useTierDraft>;
