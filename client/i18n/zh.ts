import type { TranslationMessages } from 'react-admin';
import { raChineseMessages } from './ra.zh';
import { fieldMessagesZh } from './fields.zh';
import { authMessagesZh } from './auth.zh';
import { auditMessagesZh } from './audit.zh';
import { importMessagesZh } from './import.zh';
import { bulkMessagesZh } from './bulk.zh';
import { tiersMessagesZh } from './tiers.zh';
import { pointsMessagesZh } from './points.zh';
import { eventsMessagesZh } from './events.zh';
import { planMessagesZh } from './plan.zh';
import { greetingsMessagesZh } from './greetings.zh';
import { appointmentsMessagesZh } from './appointments.zh';
import { churnMessagesZh } from './churn.zh';
import { calendarMessagesZh } from './calendar.zh';
import { tasksMessagesZh } from './tasks.zh';
import { complaintsMessagesZh } from './complaints.zh';
import { invitationsMessagesZh } from './invitations.zh';
import { budgetMessagesZh } from './budget.zh';
import { audienceMessagesZh } from './audience.zh';
import { followupsMessagesZh } from './followups.zh';
import { todayMessagesZh } from './today.zh';
import { dashboardMessagesZh } from './dashboard.zh';
import { reportsMessagesZh } from './reports.zh';
import { reportKitMessagesZh } from './reportKit.zh';
import { satisfactionMessagesZh } from './satisfaction.zh';
import { prospectsMessagesZh } from './prospects.zh';
import { ownersMessagesZh } from './owners.zh';
import { eventReportMessagesZh } from './eventReport.zh';
import { valueMessagesZh } from './value.zh';
import { duplicatesMessagesZh } from './duplicates.zh';
import { customFieldsMessagesZh } from './customFields.zh';
import { listViewsMessagesZh } from './listViews.zh';

/** Every text the app itself shows (titles, tabs, hints, states), under `crm.`; en.ts has the same keys. */
export const crmMessagesZh = {
  auth: authMessagesZh,
  audit: auditMessagesZh,
  import: importMessagesZh,
  bulk: bulkMessagesZh,
  tiers: tiersMessagesZh,
  points: pointsMessagesZh,
  events: eventsMessagesZh,
  plan: planMessagesZh,
  greetings: greetingsMessagesZh,
  appointments: appointmentsMessagesZh,
  churn: churnMessagesZh,
  calendar: calendarMessagesZh,
  tasks: tasksMessagesZh,
  complaints: complaintsMessagesZh,
  invitations: invitationsMessagesZh,
  budget: budgetMessagesZh,
  audience: audienceMessagesZh,
  followups: followupsMessagesZh,
  today: todayMessagesZh,
  dashboard: dashboardMessagesZh,
  reports: reportsMessagesZh,
  report_kit: reportKitMessagesZh,
  satisfaction: satisfactionMessagesZh,
  prospects: prospectsMessagesZh,
  owners: ownersMessagesZh,
  eventReport: eventReportMessagesZh,
  value: valueMessagesZh,
  duplicates: duplicatesMessagesZh,
  custom_fields: customFieldsMessagesZh,
  list_views: listViewsMessagesZh,
  app: {
    title: '客户关系管理 · CRM',
    loading: '正在加载…',
    meta_failed: '无法连接服务器，请检查网络后重试。',
    retry: '重试',
  },
  list: {
    search_in: '搜索%{fields}',
    separator: '、',
  },
  filters: {
    all_scored: '当月已评分的全部客户',
    any_rule: '满足任一条件',
    from: '%{field}（起）',
    to: '%{field}（止）',
    empty: '未填写',
    not_empty: '已填写',
    clear_hidden: '清除这些条件',
    pair: '%{name}：%{value}',
  },
  show: {
    details: '详细信息',
    label: '%{label}：',
  },
  validation: {
    json: '必须是有效的 JSON 对象',
  },
  customers: {
    search_placeholder: '搜索姓名、拼音或电话号码片段',
    filters: {
      last_visit_after: '最近进站（起）',
      last_visit_before: '最近进站（止）',
    },
    sections: {
      basic: '基本信息',
      contact: '联系方式',
      classification: '客户分类',
      intention: '购车意向（A卡）',
      business: '单位客户信息',
      custom: '更多信息',
    },
    tabs: {
      profile: '客户资料',
      vehicles: '车辆',
      service_visits: '进站记录',
      follow_ups: '回访',
      complaints: '投诉',
      points: '积分',
      events: '活动参与',
    },
  },
};

export const zhMessages: TranslationMessages = {
  ...raChineseMessages,
  ...fieldMessagesZh,
  crm: crmMessagesZh,
};
