import { enumLabel } from '../domain/labels.js';

/**
 * Why a value was refused, in the caller's language (Accept-Language: zh… gets Chinese), so the
 * reason can be shown beside the field as it is.
 */
export type Locale = 'zh' | 'en';

const messages = {
  required: { en: 'is required', zh: '必填' },
  too_long: { en: 'must be at most {max} characters', zh: '不能超过 {max} 个字符' },
  not_text: { en: 'must be text', zh: '必须是文本' },
  not_integer: { en: 'must be a whole number', zh: '必须是整数' },
  not_number: { en: 'must be a number', zh: '必须是数字' },
  too_small: { en: 'must be at least {min}', zh: '不能小于 {min}' },
  too_big: { en: 'must be at most {max}', zh: '不能大于 {max}' },
  cents: { en: 'must have at most two decimal places', zh: '最多两位小数' },
  not_boolean: { en: 'must be true or false', zh: '必须是“是”或“否”' },
  not_date: { en: 'must be a date (YYYY-MM-DD)', zh: '必须是日期（年-月-日）' },
  not_datetime: { en: 'must be a date and time (ISO 8601)', zh: '必须是日期时间' },
  not_in_list: { en: 'must be one of: {options}', zh: '必须是以下之一：{options}' },
  unknown_lookup: { en: '"{value}" is not in the list of {lookup}', zh: '“{value}”不在{lookup}字典中' },
  no_such_record: { en: 'refers to a {resource} record that does not exist', zh: '引用的记录不存在' },
  bad_phone: { en: 'must be a phone number (digits, +, - or spaces)', zh: '必须是电话号码' },
  bad_email: { en: 'must be an e-mail address', zh: '必须是有效的电子邮箱' },
  bad_color: { en: 'must be a colour code such as #4fc3f7', zh: '必须是颜色代码，如 #4fc3f7' },
  not_unique: { en: 'is already used by another record', zh: '已被其他记录使用' },
  not_string_list: { en: 'must be a list of short texts', zh: '必须是文本列表' },
  not_object: { en: 'must be an object', zh: '必须是对象' },
  end_before_start: { en: 'must not be before the start', zh: '不能早于开始时间' },
  unknown_field: { en: 'is not a field that can be used here', zh: '不是可用于此处的字段' },
  bad_json: { en: 'must be valid JSON', zh: '必须是有效的 JSON' },
  bad_sort: { en: 'must be ["field","ASC" or "DESC"]', zh: '格式应为 ["字段","ASC"或"DESC"]' },
  bad_range: { en: 'must be [start, end] with 0 ≤ start ≤ end and at most {max} rows', zh: '格式应为 [起, 止]，且最多 {max} 行' },
  bad_filter: { en: 'must be a JSON object', zh: '必须是 JSON 对象' },
  not_id: { en: 'must be a positive whole number', zh: '必须是正整数' },
  too_short: { en: 'must be at least {min} characters', zh: '至少 {min} 个字符' },
  bad_username: { en: 'may hold only letters, digits, dots, dashes and underscores', zh: '只能包含字母、数字、点、横线和下划线' },
  last_admin: { en: 'cannot be changed: this is the last active administrator', zh: '无法修改：这是最后一位在用的系统管理员' },
  wrong_password: { en: 'is not correct', zh: '不正确' },
  wrong_credentials: { en: 'user name or password is not correct', zh: '用户名或密码不正确' },
  too_many_attempts: { en: 'too many failed attempts; try again in {minutes} minutes', zh: '失败次数过多，请 {minutes} 分钟后再试' },
  not_allowed: { en: 'you may not set this', zh: '您无权设置此项' },
  not_your_customer: { en: 'is not one of your customers', zh: '不是您负责的客户' },
  not_readable: { en: 'names a record you may not see', zh: '您无权查看该记录' },
  masked_value: { en: 'is shown masked to you; type the whole new value or leave it as it was', zh: '该内容对您已隐藏，请输入完整的新值或保持原样' },
  bad_columns: { en: 'must be a JSON list of field names', zh: '必须是字段名的 JSON 列表' },
  needs_record: { en: 'is required (the audit trail of one record)', zh: '必填（仅可查看单条记录的修改历史）' },
  changed_by: { en: 'changed by {user} at {at}', zh: '已被{user}于 {at} 修改' },
  read_only: { en: 'cannot be changed here', zh: '不能在此修改' },
  ids_or_filter: { en: 'give either ids or filter (exactly one of them)', zh: '请提供 ids 或 filter（二者只能选其一）' },
  too_many_rows: { en: 'matches {count} records; at most {max} can be changed in one request', zh: '匹配 {count} 条记录，单次最多处理 {max} 条' },
  set_and_listed: { en: 'cannot be set and have items added or removed in the same request', zh: '不能在同一请求中既设置又增删此字段' },
  nothing_to_change: { en: 'is required: at least one field to change', zh: '必填：至少修改一个字段' },
  unique_in_bulk: { en: 'must be unique, so it cannot be given to several records at once', zh: '必须唯一，不能同时设置给多条记录' },
  changed_since: { en: 'was changed again since on record {id}', zh: '记录 {id} 在此之后又被修改过' },
  record_gone: { en: 'record {id} no longer exists', zh: '记录 {id} 已不存在' },
  record_exists: { en: 'record {id} exists again', zh: '记录 {id} 已存在' },
  still_used: { en: 'record {id} is still used by {resource}', zh: '记录 {id} 仍被{resource}使用' },
  unknown_batch: { en: 'is not a bulk change of this resource', zh: '不是此资源的批量修改' },
  not_batch_author: { en: 'was made by another user; only they or an auditor may undo it', zh: '由其他用户执行，只有执行人或审计人员可以撤销' },
  duplicate_in_file: { en: '"{value}" already appears in row {row} of this file', zh: '“{value}”与本文件第 {row} 行重复' },
  ambiguous_reference: { en: '"{value}" matches several {resource} records; use the id', zh: '“{value}”匹配到多条记录，请改用编号' },
  unknown_reference: { en: 'no {resource} record is called "{value}"', zh: '找不到名为“{value}”的记录' },
  not_in_labels: { en: '"{value}" is not one of: {options}', zh: '“{value}”不是以下之一：{options}' },
  not_writable: { en: 'cannot be imported', zh: '不能导入此字段' },
  mapped_twice: { en: 'is mapped from more than one column', zh: '被多个列映射' },
  bad_choice: { en: 'must be one of: {options}', zh: '必须是以下之一：{options}' },
  empty_file: { en: 'has no header row', zh: '没有表头行' },
  bad_encoding: { en: 'is not text in UTF-8 or GB18030/GBK encoding', zh: '不是 UTF-8 或 GB18030/GBK 编码的文本' },
  malformed_csv: { en: 'is not well-formed CSV near line {line}', zh: '第 {line} 行附近不是有效的 CSV 格式' },
  bad_xlsx: { en: 'is not a readable XLSX workbook', zh: '不是可读取的 XLSX 工作簿' },
  old_xls: { en: 'is an old .xls workbook; save it as .xlsx or CSV', zh: '是旧版 .xls 工作簿，请另存为 .xlsx 或 CSV' },
  too_many_columns: { en: 'has more than {max} columns', zh: '超过 {max} 列' },
  lowest_tier_zero: { en: 'must be 0: the lowest tier takes every member', zh: '必须为 0：最低等级涵盖所有会员' },
  threshold_overlap: { en: 'must be above the threshold of {tier} ({points})', zh: '必须高于{tier}的门槛（{points}）' },
  threshold_under: { en: 'must be below the threshold of {tier} ({points})', zh: '必须低于{tier}的门槛（{points}）' },
  rules_changed: { en: 'the rules were changed meanwhile (now version {version}); reload them', zh: '规则已被他人修改（当前为第 {version} 版），请刷新后再试' },
  insufficient_balance: { en: 'needs {needed} points; the balance is {balance}', zh: '需要 {needed} 积分，当前余额 {balance}' },
  out_of_stock: { en: 'only {stock} left in stock', zh: '库存不足，仅剩 {stock} 件' },
  gift_unavailable: { en: 'cannot be redeemed now (inactive or outside its validity)', zh: '当前不可兑换（已停用或不在有效期内）' },
  points_spent: { en: 'the {points} points it earned have been spent (balance {balance}); it cannot be undone', zh: '其获得的 {points} 积分已被使用（余额 {balance}），无法撤回' },
  already_reversed: { en: 'has already been reversed', zh: '该记录已冲正' },
  not_reversible: { en: 'cannot be reversed here ({why})', zh: '不能在此冲正（{why}）' },
  own_request: { en: 'was requested by you; another manager must decide it', zh: '由您本人提交，须由另一位经理审批' },
  not_pending: { en: 'has already been decided ({status})', zh: '已处理（{status}）' },
  not_zero: { en: 'must not be 0', zh: '不能为 0' },
  status_flow: { en: 'cannot go from {from} to {to}', zh: '不能从“{from}”改为“{to}”' },
  appointment_in_past: { en: 'must not be in the past', zh: '预约时间不能早于当前时间' },
  slot_taken: { en: 'the advisor is already booked at {time}', zh: '该顾问在 {time} 已有预约' },
  appointment_closed: { en: 'cannot be moved: the appointment is already arrived, no-show or cancelled', zh: '预约已到店、爽约或取消，不能再改期' },
  no_show_too_early: { en: 'cannot be a no-show before the appointment time', zh: '预约时间未到，不能标记为爽约' },
  churn_outcome_mismatch: { en: 'must be one of: {options}', zh: '须为以下结果之一：{options}' },
  not_month: { en: 'must be a month (YYYY-MM)', zh: '必须是月份（年-月）' },
  churn_outcome_open: { en: 'is recorded only when the risk is closed (won back or lost)', zh: '仅在挽回成功或确认流失时填写' },
  fixed_after_create: { en: 'cannot be changed once created', zh: '创建后不能修改' },
  managers_only: { en: 'only a CS manager or an administrator may set this', zh: '只有客服经理或系统管理员可以设置' },
  plan_frozen: { en: 'cannot change once the plan is approved (send it back to draft first)', zh: '方案批准后不能修改（请先退回草稿）' },
  own_review: { en: 'must be reviewed by someone other than the person responsible', zh: '审核人不能是方案负责人本人' },
  customer_or_segment: { en: 'choose a customer or a segment', zh: '请选择客户或客群' },
  below_confirmed: { en: 'must not be below the {confirmed} who confirmed', zh: '不能少于已确认参加的 {confirmed} 人' },
  segment_or_filter: { en: 'give either a saved segment or a filter (exactly one)', zh: '请选择客户分群或设置筛选条件（二者选一）' },
  segment_invited: { en: 'this segment was already invited to this event', zh: '该客户分群已邀请过本活动' },
  event_closed: { en: 'the event is {status}; it takes no more invitations or sign-ins', zh: '活动状态为“{status}”，不能再邀请或签到' },
  dates_fixed: { en: 'cannot change: a finished or cancelled event keeps its dates', zh: '已完成或已取消的活动不能改期' },
  not_invited: { en: 'is not invited to this event', zh: '未受邀参加本活动' },
  from_budget_lines: { en: 'is the total of the event\'s budget lines; change the lines instead', zh: '由活动的预算明细汇总得出，请修改预算明细' },
  event_cancelled: { en: 'the event is cancelled; it takes no new budget lines', zh: '活动已取消，不能再添加预算明细' },
  lookup_in_use: { en: '{count} records still use this value; deactivate it instead (switch off "Active")', zh: '仍有 {count} 条记录使用该值，不能删除或修改代码；可改为停用（关闭“启用”）' },
  tier_in_use: { en: '{count} members still hold this tier; move them first', zh: '仍有 {count} 位会员属于该等级，请先调整' },
  checker_is_responsible: { en: 'must not be the responsible person: someone else checks the work', zh: '检核人不能与责任人为同一人' },
  task_needs_done: { en: 'can pass the check only once the task is done', zh: '任务完成后才能检核通过' },
  task_checker_only: { en: "only the task's checker, a CS manager or an administrator may pass the check", zh: '只有该任务的检核人、客服经理或系统管理员可以检核通过' },
  task_checked: { en: 'the task has passed its check; only a CS manager or an administrator may change it', zh: '任务已检核通过，只有客服经理或系统管理员可以修改' },
  task_event_closed: { en: 'the event is done or cancelled; it takes no new or reopened tasks', zh: '活动已结束或已取消，不能新增或重开任务' },
  not_list: { en: 'must be a list', zh: '必须是列表' },
  survey_items_count: { en: 'must have 1 to {max} questions', zh: '须有 1 至 {max} 个题目' },
  survey_key: { en: 'must be a short code: lower-case letters, digits and _ (starting with a letter)', zh: '须为简短代码：小写字母、数字和下划线（以字母开头）' },
  survey_key_repeated: { en: 'repeats the key of question {n}', zh: '与第 {n} 题的代码重复' },
  score_range: { en: 'must be a whole number from {min} to {max}', zh: '须为 {min} 至 {max} 的整数' },
  score_missing: { en: 'is required: every question of the survey needs a score', zh: '必填：问卷每一项都须评分' },
  follow_up_closed: { en: 'this follow-up is already {status}; it takes no more attempts', zh: '该回访已是“{status}”，不能再记录' },
  file_missing: { en: 'is required: attach a CSV or XLSX file', zh: '必填：请上传 CSV 或 XLSX 文件' },
  complaint_step: { en: 'cannot go from {from} to {to}: the next step is {next}', zh: '不能从“{from}”跳到“{to}”，下一步应为：{next}' },
  needs_feedback: { en: "cannot close before the customer's feedback is recorded", zh: '须先记录客户反馈意见才能结案' },
  confirm_by_manager: { en: 'only the department manager (a CS manager or an administrator) confirms a complaint', zh: '投诉须由部门经理（客服经理或系统管理员）确认' },
  use_complaint_step: { en: "changes only through the complaint's steps (POST /api/complaints/{id}/step)", zh: '只能通过投诉处理步骤修改（POST /api/complaints/{id}/step）' },
  sla_not_running: { en: 'the complaint is {status}; its SLA clock no longer runs', zh: '投诉状态为“{status}”，时限已停止计算' },
  sla_paused_already: { en: 'the SLA clock is already paused', zh: '时限已暂停' },
  sla_not_paused: { en: 'the SLA clock is not paused', zh: '时限未暂停' },
  no_consent_sms: { en: 'customer {customer} (#{customer_id}) has not agreed to receive SMS or WeChat messages; choose a card, call or visit', zh: '客户{customer}（编号 {customer_id}）未同意接收短信/微信，请改用贺卡、电话或上门' },
  no_consent_email: { en: 'customer {customer} (#{customer_id}) has not agreed to receive e-mail; choose another channel', zh: '客户{customer}（编号 {customer_id}）未同意接收电子邮件，请改用其他渠道' },
  no_such_list: { en: 'is not a list of this application', zh: '不是本系统中的列表' },
  duplicate_column: { en: 'names the column {source} a second time', zh: '重复列出了列 {source}' },
  default_needs_role: { en: 'a default view must be shared with the role it is the default for', zh: '默认视图须共享给其所属角色' },
  not_view_owner: { en: 'only the owner of this view or an administrator may change or delete it', zh: '只有该视图的创建人或系统管理员可以修改或删除' },
  share_needs_manager: { en: 'only a manager or an administrator may share a view with a role or make it a role\'s default', zh: '只有客服经理或系统管理员可以把视图共享给角色或设为角色默认视图' },
} as const;

export type ReasonCode = keyof typeof messages;
export type Params = Record<string, string | number>;
export interface Reason {
  code: ReasonCode;
  params?: Params;
}

export const reason = (code: ReasonCode, params?: Params): Reason => ({ code, params });

export function say(r: Reason, locale: Locale): string {
  return messages[r.code][locale].replace(/\{(\w+)\}/g, (_, k: string) => {
    const value = String(r.params?.[k] ?? '');
    // a lookup list is named as the screens name it ("区县"), not by its code ("region")
    return k === 'lookup' ? enumLabel('lookup_type', value, locale) : value;
  });
}

export function localeOf(acceptLanguage: string | undefined): Locale {
  return acceptLanguage?.trim().toLowerCase().startsWith('zh') ? 'zh' : 'en';
}

export const headline = {
  points_spent: { en: 'The points this record earned have already been spent', zh: '该记录获得的积分已被使用，无法撤回' },
  invalid: { en: 'Some values are not valid', zh: '部分内容不正确' },
  conflict: { en: 'This record was changed by someone else since you opened it; reload to see their change', zh: '该记录在您打开后已被他人修改，请刷新后查看' },
  referenced: { en: 'This record is still used by other records', zh: '该记录仍被其他记录使用，无法删除' },
  not_found: { en: 'Record not found', zh: '记录不存在' },
  unknown_resource: { en: 'Unknown resource', zh: '未知资源' },
  unauthenticated: { en: 'Please sign in', zh: '请先登录' },
  forbidden: { en: 'You do not have permission to do this', zh: '您没有执行此操作的权限' },
  csrf: { en: 'The page is out of date (security token missing or wrong); reload and try again', zh: '页面已过期（安全令牌缺失或不正确），请刷新后重试' },
  too_many: { en: 'Too many attempts', zh: '尝试次数过多' },
  sign_in_failed: { en: 'Sign-in failed', zh: '登录失败' },
  too_large: { en: 'Request body too large', zh: '请求内容过大' },
  bad_file: { en: 'The file cannot be read', zh: '无法读取该文件' },
  missing_columns: { en: 'Required columns are missing from the file', zh: '文件缺少必填列' },
  not_importable: { en: 'This kind of record cannot be imported', zh: '此类记录不支持导入' },
  internal: { en: 'Something went wrong on the server; quote this request id to support', zh: '服务器出错，请将此请求编号告知技术支持' },
} as const;

export type Headline = keyof typeof headline;
