/** 报表: the analysis pages (issue 8); so far 投诉分析. */
export const reportsMessagesZh = {
  complaints: {
    title: '投诉分析',
    menu: '投诉分析',
    lead: '所选时间内收到的投诉：按类别、责任部门和月份，首次响应与解决是否在时限内，以及用时中位数。',
    tiles: {
      count: '投诉数',
      response_rate: '按时首次响应率',
      resolve_rate: '按时解决率',
      median_response: '首次响应用时（中位数）',
      median_resolve: '解决用时（中位数）',
    },
    judged: '已判定 %{count} 件，按时 %{met} 件',
    hours: '%{hours} 小时',
    hours_note: '用时按自然小时计（含非工作时间）',
    none: '–',
    by_category: '按投诉类别',
    by_department: '按责任部门',
    by_month: '按月（近12个月）',
    unassigned: '未分配',
    columns: {
      category: '类别',
      department: '部门',
      month: '月份',
      count: '投诉数',
      response_met: '按时响应',
      response_rate: '按时响应率',
      resolve_met: '按时解决',
      resolve_rate: '按时解决率',
    },
    series: {
      count: '投诉数',
      responded_in_time: '按时响应',
    },
  },
};
