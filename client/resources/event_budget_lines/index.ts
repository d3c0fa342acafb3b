import RequestQuoteIcon from '@mui/icons-material/RequestQuote';
import { genericResource } from '../generic/genericResource';

/**
 * Budget lines are worked on in their event's budget tab (events/BudgetPanel.tsx); this list across events is
 * for the finance view: every line of a category or a vendor, what was planned and what was paid.
 */
export default genericResource({
  icon: RequestQuoteIcon,
  listColumns: ['item', 'event_id', 'category', 'planned', 'actual', 'vendor'],
  alwaysOnFilters: ['event_id', 'category'],
});
