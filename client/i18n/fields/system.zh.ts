/** The columns every record has (id, created and updated times, version), labelled alike in every resource. */
export const systemFieldsZh = {
  id: '编号',
  created_at: '创建时间',
  updated_at: '更新时间',
  version: '版本',
};
