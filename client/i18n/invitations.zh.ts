export const invitationsMessagesZh = {
  title: '邀请名单',
  back: '返回活动',
  print: '打印',
  mode: {
    table: '名单',
    cards: '二维码邀请卡',
  },
  filter: {
    all: '全部',
    confirmed: '已确认参加',
    waitlisted: '候补名单',
  },
  counts: {
    invited: '已邀请 %{count} 人',
    confirmed: '确认参加 %{count} 人',
    waitlisted: '候补 %{count} 人',
    attended: '已签到 %{count} 人',
  },
  columns: {
    index: '序号',
    name: '姓名',
    phone: '联系电话',
    tier: '会员等级',
    consultant: '销售顾问',
    channel: '邀请渠道',
    rsvp: '回复',
    waitlisted: '候补',
    signed_in: '签到',
  },
  yes: '是',
  walk_in: '现场报名',
  empty: '没有符合条件的受邀客户。',
  card: {
    greeting: '诚邀您参加',
    scan: '到场时请出示此二维码签到',
  },
};
