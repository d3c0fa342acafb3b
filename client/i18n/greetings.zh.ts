/** 关怀问候（生日、节日、购车周年）：生成、发送、模板预览、发件箱。 */
export const greetingsMessagesZh = {
  generate: '生成近期问候',
  generated: '已生成 %{count} 条问候（生日 %{birthday}、节日 %{holiday}、购车周年 %{anniversary}）；%{no_consent} 位客户因未同意任何渠道而跳过',
  generate_failed: '生成失败：%{reason}',
  send: '发送',
  sent: '已发送 %{sent} 条；%{unchanged} 条已发送或已跳过，未变；%{failed} 条未能发出',
  send_failed: '未发送：%{reason}',
  message: '问候内容',
  preview: {
    heading: '预览',
    hint: '可用占位符：{name} 客户姓名、{holiday} 节日、{years} 车龄（年）、{model} 车型、{dealer} 经销商名称',
    empty: '填写内容后在此预览',
    sample_name: '王先生',
    sample_holiday: '中秋节',
    sample_model: '轩逸',
    sample_dealer: '京诚汽车4S店',
  },
};
