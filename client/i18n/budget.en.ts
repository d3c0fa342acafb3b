import type { SameKeys } from './en';
import type { budgetMessagesZh } from './budget.zh';

export const budgetMessagesEn: SameKeys<typeof budgetMessagesZh> = {
  title: 'Event budget',
  add: 'Add budget line',
  empty: 'No budget lines yet. Once there are some, the event budget and actual cost are their totals.',
  derived: 'The event budget and actual cost are the totals of these lines',
  variance: 'Variance',
  total: 'Total',
  used: '%{percent}% used',
  over: '%{amount} over budget',
  not_booked: 'Not settled',
  by_category: 'Budget and actual by category',
  legend_planned: 'Planned',
  legend_actual: 'Actual',
  actions: {
    edit: 'Edit',
    delete: 'Delete',
    save: 'Save',
    cancel: 'Cancel',
  },
  confirm_delete: 'Delete the budget line "%{item}"? The event totals follow.',
  saved: 'Budget line saved',
  deleted: 'Budget line deleted',
};
