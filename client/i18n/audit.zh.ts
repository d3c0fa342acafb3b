/** The audit trail: the History tab and the audit list (under crm.audit); audit.en.ts has the same keys. */
export const auditMessagesZh = {
  history: '修改历史',
  history_hint: '这条记录自启用操作日志以来的每一次新建、修改和删除，最新的在前。',
  empty: {
    title: '暂无修改记录',
    body: '启用操作日志以来，这条记录还没有被修改过。之后的每一次修改都会记在这里。',
  },
  forbidden: '你没有查看这条记录修改历史的权限。',
  failed: '修改历史加载失败。',
  load_more: '加载更早的记录（还有 %{smart_count} 条）',
  all_shown: '已显示全部 %{smart_count} 条记录',
  today: '今天',
  yesterday: '昨天',
  /** what the person did, after their name in the timeline */
  timeline: {
    create: '新建了这条记录',
    update: '修改了 %{smart_count} 项 |||| 修改了 %{smart_count} 项',
    delete: '删除了这条记录',
    login: '登录了系统',
    logout: '退出了系统',
    password_changed: '修改了登录密码',
    token_created: '创建了 API 令牌',
    token_revoked: '吊销了 API 令牌',
    export: '导出了数据',
    merge: '合并了重复客户档案（%{smart_count} 个字段有变化） |||| 合并了重复客户档案（%{smart_count} 个字段有变化）',
  },
  columns: {
    field: '字段',
    before: '修改前',
    after: '修改后',
    created: '新建时的值',
    deleted: '删除前的值',
  },
  redacted: '已修改',
  redacted_hint: '出于安全考虑，不记录具体内容',
  summary: {
    count: '%{smart_count} 个字段 |||| %{smart_count} 个字段',
    more: '+%{smart_count}',
  },
  /** fields an audit row names that are not fields of the record */
  pseudo_fields: {
    token: 'API 令牌',
    merged_from: '并入档案',
    merged_into: '并入至',
  },
  system_user: '系统',
  batch: '批量',
  batch_hint: '这是一次批量操作的一部分',
  actions: {
    record_history: '此记录的全部日志',
    same_batch: '同批次的操作',
    open_record: '打开记录',
  },
  show: {
    no_changes: '这次操作没有记录字段变化。',
  },
};
