import { Box, Card, CardContent, Stack, Typography } from '@mui/material';
import { useTranslate } from 'react-admin';
import { formatMoney } from '../../i18n/formats';
import { isOver, varianceOf } from './budgetMath';
import { BudgetLineEditor } from './BudgetLineEditor';
import { LineActions } from './LineActions';
import { Variance, type BudgetViewProps } from './BudgetTable';

const num = { fontVariantNumeric: 'tabular-nums' } as const;

/** On a phone: one card per line, the amounts on one row, the card outlined red when the line is over its plan. */
export function BudgetCards({ lines, editor, canEdit, canDelete }: BudgetViewProps) {
  const translate = useTranslate();
  const field = (key: string) => translate(`resources.event_budget_lines.fields.${key}`);
  return (
    <Stack spacing={1} data-testid="budget-cards">
      {lines.map((line) => (
        <Card key={line.id} variant="outlined" data-over={isOver(line) || undefined} sx={isOver(line) ? { borderColor: 'error.main' } : undefined}>
          <CardContent sx={{ py: 1.5, '&:last-child': { pb: 1.5 } }}>
            {editor.editing === line.id ? (
              <BudgetLineEditor editor={editor} />
            ) : (
              <>
                <Box sx={{ display: 'flex', justifyContent: 'space-between', alignItems: 'flex-start', gap: 1 }}>
                  <Box sx={{ minWidth: 0 }}>
                    <Typography sx={{ fontWeight: 600 }}>{line.item}</Typography>
                    <Typography variant="caption" color="text.secondary">
                      {[translate(`enums.budget_category.${line.category}`, { _: line.category }), line.vendor].filter(Boolean).join(' · ')}
                    </Typography>
                  </Box>
                  <Box sx={{ flexShrink: 0, mt: -0.5 }}><LineActions line={line} editor={editor} canEdit={canEdit} canDelete={canDelete} /></Box>
                </Box>
                <Stack direction="row" sx={{ mt: 1, justifyContent: 'space-between', flexWrap: 'wrap', columnGap: 2 }}>
                  <Typography variant="body2" sx={num}>{field('planned')} {formatMoney(line.planned)}</Typography>
                  <Typography variant="body2" sx={num}>
                    {field('actual')} {line.actual == null ? translate('crm.budget.not_booked') : formatMoney(line.actual)}
                  </Typography>
                  <Typography variant="body2"><Variance value={varianceOf(line)} /></Typography>
                </Stack>
                {line.notes && <Typography variant="caption" color="text.secondary" component="div" sx={{ mt: 0.5 }}>{line.notes}</Typography>}
              </>
            )}
          </CardContent>
        </Card>
      ))}
      {editor.editing === 'new' && (
        <Card variant="outlined"><CardContent><BudgetLineEditor editor={editor} /></CardContent></Card>
      )}
    </Stack>
  );
}
