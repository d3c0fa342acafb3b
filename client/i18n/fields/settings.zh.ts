import type { ResourceLabels } from '../fields.zh.js';
import { systemFieldsZh } from './system.zh.js';

/** Labels of the settings menu group's resources: the name (`单数 |||| 复数`) and each field. */
export const settingsFieldsZh = {
  work_calendar_days: {
    name: '工作日历 |||| 工作日历',
    fields: {
      ...systemFieldsZh,
      day: '日期',
      kind: '类型',
      name: '名称',
    },
  },
  survey_templates: {
    name: '问卷模板 |||| 问卷模板',
    fields: {
      ...systemFieldsZh,
      name: '名称',
      scale: '评分方式',
      items: '题目',
      nps: '包含推荐度（NPS）',
      active: '启用',
    },
  },
  follow_up_rules: {
    name: '回访规则 |||| 回访规则',
    fields: {
      ...systemFieldsZh,
      name: '名称',
      trigger: '触发事件',
      offset_days: '间隔天数',
      window_days: '宽限天数',
      reason: '回访原因',
      channel: '回访方式',
      script: '话术',
      survey_template_id: '问卷',
      active: '启用',
      sort_order: '排序',
    },
  },
  message_templates: {
    name: '祝福语模板 |||| 祝福语模板',
    fields: {
      ...systemFieldsZh,
      touch_type: '类型',
      tier_id: '会员等级',
      locale: '语言',
      channel: '渠道',
      body: '内容',
      gift: '礼品',
      active: '启用',
    },
  },
  greeting_days: {
    name: '节日日期 |||| 节日日期',
    fields: {
      ...systemFieldsZh,
      holiday: '节日',
      day: '日期',
      note: '备注',
    },
  },
  users: {
    name: '员工 |||| 员工',
    fields: {
      ...systemFieldsZh,
      q: '搜索',
      username: '用户名',
      name: '姓名',
      role: '角色',
      department: '部门',
      phone: '联系电话',
      email: '电子邮箱',
      active: '启用',
      password: '密码',
    },
  },
  audit_log: {
    name: '操作日志 |||| 操作日志',
    fields: {
      id: '编号',
      created_at: '时间',
      updated_at: '更新时间',
      version: '版本',
      user_id: '操作人',
      username: '用户名',
      action: '操作',
      resource: '对象类型',
      record_id: '记录编号',
      record_title: '记录',
      changes: '修改内容',
      request_id: '请求编号',
      batch_id: '批次',
    },
  },
  lookups: {
    name: '数据字典 |||| 数据字典',
    fields: {
      ...systemFieldsZh,
      q: '搜索',
      type: '字典类型',
      code: '代码',
      label_zh: '中文名称',
      label_en: '英文名称',
      sort_order: '排序',
      color: '颜色',
      active: '启用',
    },
  },
  list_views: {
    name: '列表视图 |||| 列表视图',
    fields: {
      ...systemFieldsZh,
      resource: '列表',
      name: '视图名称',
      owner_id: '创建人',
      shared_role: '共享给',
      default_for_role: '角色默认视图',
      config: '视图设置',
    },
  },
} satisfies ResourceLabels;
