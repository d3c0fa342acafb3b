/** 流失预警: the churn-risk list, the sweep and recording the win-back. */
export const churnMessagesZh = {
  detect: '立即检测流失风险',
  detected: '新发现 %{count} 条流失风险',
  detect_failed: '检测失败：%{reason}',
  waiting: '等待时长',
  days_since: '已 %{days} 天',
  detected_today: '今天发现',
  record: {
    button: '记录结果',
    title: '记录挽回结果',
    save: '保存',
    cancel: '取消',
    saved: '已记录',
    refused: '无法保存：%{reason}',
    contacting: '跟进中（尚无结果）',
  },
};
