/** 满意度趋势: satisfaction by service item per month (issue 8, part 5). */
export const satisfactionMessagesZh = {
  title: '满意度趋势',
  menu: '满意度趋势',
  lead: '近12个月各服务项目的平均评分与每月客户满意度（CS），按回访完成的月份统计；所选时间的结束月为最后一个月。',
  table: '各服务项目月度平均分',
  months: '%{from} 至 %{to}',
  until: '截至 %{to}',
  items_chart: '各服务项目平均分（5 分制，虚线为 4.0）',
  csat_chart: '客户满意度 CS（4–5 分占比，目标 %{pct}%）',
  csat: '满意度 CS',
  target: '目标 %{pct}%',
  item: '服务项目',
  scored: '评分回访数',
  table_hint: '低于 4.0 分标红；点击数值查看当月 3 分及以下的回访',
};
