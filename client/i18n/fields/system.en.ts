import type { systemFieldsZh } from './system.zh.js';

/** The columns every record has, labelled alike in every resource. */
export const systemFieldsEn: typeof systemFieldsZh = {
  id: 'ID',
  created_at: 'Created at',
  updated_at: 'Updated at',
  version: 'Version',
};
