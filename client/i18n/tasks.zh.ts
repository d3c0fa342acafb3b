/** 我的任务, an event's task tab (项目进度表) and the task list's quick filters. */
export const tasksMessagesZh = {
  title: '我的任务',
  of: '%{name}的任务',
  menu: '我的任务',
  person: '查看谁的任务',
  person_hint: '经理可查看每位员工的任务',
  loading_failed: '无法加载任务：%{reason}',
  groups: {
    overdue: '已逾期',
    to_check: '待我检核',
    this_week: '本周到期',
    later: '以后',
    no_due: '无截止日期',
    recent: '最近完成',
  },
  empty: {
    all: '暂无任务。活动的任务分配给您（责任人或检核人）后会显示在这里。',
    group: '暂无',
  },
  due: {
    none: '无截止日期',
    days_ago: '逾期 %{n} 天',
    yesterday: '昨天到期',
    today: '今天到期',
    tomorrow: '明天到期',
    in_days: '%{n} 天后到期',
  },
  roles: {
    responsible: '责任人：%{name}',
    checker: '检核人：%{name}',
  },
  actions: {
    start: '开始',
    finish: '完成',
    pass: '检核通过',
    send_back: '退回',
    done: '已更新：%{content}',
  },
  panel: {
    progress: '进度 %{finished}/%{total}（%{percent}%）',
    empty: '这个活动还没有任务。在下方添加第一项工作内容。',
    add: '添加任务',
    added: '已添加任务',
    overdue_count: '%{smart_count} 项逾期 |||| %{smart_count} 项逾期',
  },
  quick: {
    mine: '我的',
    overdue: '已逾期',
    to_check: '待检核',
    open: '未完成',
  },
};
