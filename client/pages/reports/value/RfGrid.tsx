import { useTranslate } from 'react-admin';
import { MatrixCard } from './MatrixCard';
import type { ValueGridCell } from './valueApi';

const SCORES = [1, 2, 3, 4, 5];

/** The R × F heat grid: the most recent on top, the most frequent on the right; a cell opens its customers. */
export function RfGrid({ cells }: { cells: ValueGridCell[] }) {
  const translate = useTranslate();
  const t = (key: string, args?: Record<string, unknown>) => translate(`crm.value.grid.${key}`, args);
  const at = (r: number, f: number) => cells.find((c) => c.r === r && c.f === f);
  return (
    <MatrixCard
      testId="value-grid" title={t('title')} subtitle={t('subtitle')} corner={t('corner')} tone="#2b6cb0"
      columns={SCORES.map((f) => ({ label: t('f', { score: f }) }))}
      rows={[...SCORES].reverse().map((r) => ({
        label: t('r', { score: r }),
        cells: SCORES.map((f) => ({ count: at(r, f)?.count ?? 0, drill: at(r, f)?.drill ?? null })),
      }))}
    />
  );
}
