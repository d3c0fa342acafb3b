/** 报表通用: the parts every report shares (issue 8, part 7). */
export const reportKitMessagesZh = {
  export: '导出 Excel',
  export_failed: '导出失败：%{reason}',
  open_list: '打开对应的列表',
  no_rows: '所选范围内没有数据',
  range: '%{from} 至 %{to}',
  load_failed: '加载失败：%{reason}',
  total: '合计',
  none: '（未填写）',
};
