import { Table, TableBody, TableCell, TableFooter, TableHead, TableRow, Typography } from '@mui/material';
import { alpha } from '@mui/material/styles';
import { useTranslate } from 'react-admin';
import { formatMoney } from '../../i18n/formats';
import { isOver, totalsOf, varianceOf, type BudgetLine } from './budgetMath';
import { BudgetLineEditor } from './BudgetLineEditor';
import { LineActions } from './LineActions';
import type { BudgetEditor } from './useBudgetEditor';

export interface BudgetViewProps {
  lines: readonly BudgetLine[];
  editor: BudgetEditor;
  canEdit: boolean;
  canDelete: boolean;
}

const num = { fontVariantNumeric: 'tabular-nums', whiteSpace: 'nowrap' } as const;

/** A signed amount: over budget in red with a plus, under in green. */
export function Variance({ value }: { value: number | null }) {
  if (value == null) return null;
  const color = value > 0 ? 'error.main' : value < 0 ? 'success.main' : 'text.secondary';
  return <Typography component="span" variant="inherit" sx={{ ...num, color, fontWeight: value > 0 ? 600 : 400 }}>{value > 0 ? '+' : ''}{formatMoney(value)}</Typography>;
}

/** The lines as a table with a totals row; a line over its plan is tinted red. */
export function BudgetTable({ lines, editor, canEdit, canDelete }: BudgetViewProps) {
  const translate = useTranslate();
  const t = totalsOf(lines);
  const head = (key: string) => translate(`resources.event_budget_lines.fields.${key}`);
  const columns = 7 + (canEdit || canDelete ? 1 : 0);
  return (
    <Table size="small" data-testid="budget-table" sx={{ '& td, & th': { px: 1 } }}>
      <TableHead>
        <TableRow>
          <TableCell>{head('item')}</TableCell>
          <TableCell>{head('category')}</TableCell>
          <TableCell align="right">{head('planned')}</TableCell>
          <TableCell align="right">{head('actual')}</TableCell>
          <TableCell align="right">{translate('crm.budget.variance')}</TableCell>
          <TableCell>{head('vendor')}</TableCell>
          <TableCell>{head('notes')}</TableCell>
          {(canEdit || canDelete) && <TableCell />}
        </TableRow>
      </TableHead>
      <TableBody>
        {lines.map((line) =>
          editor.editing === line.id ? (
            <TableRow key={line.id}>
              <TableCell colSpan={columns}><BudgetLineEditor editor={editor} /></TableCell>
            </TableRow>
          ) : (
            <TableRow key={line.id} data-over={isOver(line) || undefined} sx={isOver(line) ? { bgcolor: (theme) => alpha(theme.palette.error.main, 0.08) } : undefined}>
              <TableCell sx={{ fontWeight: 500 }}>{line.item}</TableCell>
              <TableCell sx={{ whiteSpace: 'nowrap' }}>{translate(`enums.budget_category.${line.category}`, { _: line.category })}</TableCell>
              <TableCell align="right" sx={num}>{formatMoney(line.planned)}</TableCell>
              <TableCell align="right" sx={num}>
                {line.actual == null ? <Typography variant="inherit" color="text.disabled">{translate('crm.budget.not_booked')}</Typography> : formatMoney(line.actual)}
              </TableCell>
              <TableCell align="right"><Variance value={varianceOf(line)} /></TableCell>
              <TableCell>{line.vendor}</TableCell>
              <TableCell sx={{ color: 'text.secondary', maxWidth: 260 }}>{line.notes}</TableCell>
              {(canEdit || canDelete) && (
                <TableCell align="right" sx={{ whiteSpace: 'nowrap' }}><LineActions line={line} editor={editor} canEdit={canEdit} canDelete={canDelete} /></TableCell>
              )}
            </TableRow>
          ),
        )}
        {editor.editing === 'new' && (
          <TableRow>
            <TableCell colSpan={columns}><BudgetLineEditor editor={editor} /></TableCell>
          </TableRow>
        )}
      </TableBody>
      {lines.length > 0 && (
        <TableFooter sx={{ '& td': { fontWeight: 700, color: 'text.primary', fontSize: '0.875rem', borderBottom: 'none' } }}>
          <TableRow data-testid="budget-totals" data-over={t.over || undefined} sx={t.over ? { bgcolor: (theme) => alpha(theme.palette.error.main, 0.12) } : undefined}>
            <TableCell colSpan={2}>{translate('crm.budget.total')}</TableCell>
            <TableCell align="right" sx={num}>{formatMoney(t.planned)}</TableCell>
            <TableCell align="right" sx={num}>{t.actual == null ? '' : formatMoney(t.actual)}</TableCell>
            <TableCell align="right"><Variance value={t.variance} /></TableCell>
            <TableCell colSpan={columns - 5} sx={{ color: t.over ? 'error.main' : 'text.secondary' }}>
              {t.used != null && translate('crm.budget.used', { percent: t.used })}
            </TableCell>
          </TableRow>
        </TableFooter>
      )}
    </Table>
  );
}
