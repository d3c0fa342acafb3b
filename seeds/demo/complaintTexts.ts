/** Titles and descriptions of complaints by category ({m}: the model). */
export const COMPLAINT_TEXTS: Record<string, [title: string, description: string][]> = {
  repair_quality: [
    ['保养后发动机异响未解决', '客户反映{m}保养后怠速时发动机仍有异响，已是第二次返修，客户对维修质量表示不满，要求技术经理亲自检查。'],
    ['钣喷修复后出现明显色差', '客户取车后发现右前门钣喷部位与原车漆有明显色差，要求重新喷漆并承担代步费用。'],
    ['空调维修后仍不制冷', '客户上周因空调不制冷进店维修，取车三天后问题再次出现，客户认为维修不彻底。'],
  ],
  waiting_time: [
    ['保养等待时间超过三小时', '客户预约上午9点保养，实际11点才开始施工，取车时已过12点，客户认为预约形同虚设。'],
    ['预约到店后仍需排队', '客户按预约时间到店，接待台称工位已满需排队等待，客户对预约服务不满。'],
  ],
  service_attitude: [
    ['服务顾问态度冷淡', '客户反映服务顾问接待时一直看手机，对客户的提问敷衍了事，没有主动说明维修项目。'],
    ['投诉电话多次无人接听', '客户连续三天拨打售后电话均无人接听，对我店服务态度非常不满。'],
  ],
  pricing: [
    ['保养收费与报价不符', '客户反映结算金额比接车时的报价高出约300元，服务顾问未提前告知增加的项目。'],
    ['未经同意增加维修项目', '客户称未经其确认即更换了刹车油和空调滤芯，要求退还相关费用。'],
  ],
  product_quality: [
    ['新车出现漏水问题', '客户购买{m}不到两个月，雨天后发现副驾脚垫潮湿，怀疑车门密封条存在质量问题。'],
    ['车机系统频繁死机', '客户反映{m}车机系统行驶中频繁死机重启，影响导航使用，要求更换主机。'],
  ],
  parts_supply: [
    ['配件缺货导致维修延期', '客户车辆因等待原厂配件已在店停放十天，客户多次询问均无明确到货时间。'],
    ['原厂配件迟迟未到', '客户预订的原厂轮毂一个月仍未到货，客户要求给出明确交期或退款。'],
  ],
  sales_promise: [
    ['购车时承诺的赠品未兑现', '客户购车时销售顾问承诺赠送全车贴膜和脚垫，交车时未兑现，客户要求按约定提供。'],
    ['交车时间一再推迟', '客户订购{m}，约定交车日期已推迟两次，客户对销售承诺失去信任。'],
    ['贷款手续费与约定不符', '客户反映实际收取的金融服务费高于购车时的口头约定。'],
  ],
  environment: [
    ['客户休息区空调不足', '客户反映夏季休息区温度过高，等待期间非常不舒适。'],
    ['停车位紧张无法停车', '客户到店后无法找到停车位，只能在路边临时停车并被贴罚单。'],
  ],
};

/** How complaints of each category were put right. */
export const RESOLUTIONS: Record<string, string[]> = {
  repair_quality: ['经技术经理复检确认问题，已免费返修并赠送保养工时券一张，客户接受处理方案。', '更换故障部件并延长该项目质保一年，向客户致歉。'],
  waiting_time: ['已对接待流程进行整改，增加预约专用工位，向客户致歉并赠送洗车券。', '调整预约时段分配，预约客户到店15分钟内开工，向客户致歉。'],
  service_attitude: ['服务顾问已当面向客户道歉，并接受内部服务礼仪培训考核。', '售后电话增设专人值守，客户关系部每日抽查接听情况。'],
  pricing: ['核实后退还多收费用，今后增项须经客户签字确认。', '已向客户道歉并退还未经确认项目的费用，服务顾问接受培训考核。'],
  product_quality: ['已按厂家技术通报完成维修，提供代步车并向厂家反馈质量问题。', '经厂家技术支持确认，免费更换总成并延长质保。'],
  parts_supply: ['协调厂家加急调配配件，已完成维修并提供代步车。', '配件到货后优先安排维修，等待期间提供代步车并赠送保养工时券。'],
  sales_promise: ['已兑现购车承诺并赠送精美车载香氛表示歉意。', '销售经理向客户致歉，补办承诺事项并赠送一次免费保养。'],
  environment: ['休息区已加装空调并增设饮品，向客户致歉。', '与周边停车场签订协议，到店客户可免费停车两小时。'],
};

export const FEEDBACK = [
  '客户对处理结果表示满意，感谢及时处理。',
  '客户基本接受处理方案，希望今后避免类似问题。',
  '客户表示满意，愿意继续在我店保养。',
];

export const REOPEN_FEEDBACK = '客户回访时表示问题再次出现，要求重新处理，已重新开启投诉。';

/** The department that handles a complaint of each category. */
export const DEPARTMENT_OF: Record<string, string> = {
  repair_quality: 'after_sales', waiting_time: 'after_sales', service_attitude: 'after_sales', pricing: 'finance',
  product_quality: 'after_sales', parts_supply: 'parts', sales_promise: 'sales', environment: 'administration',
};

const DEPARTMENT_ZH: Record<string, string> = {
  after_sales: '售后服务部', finance: '财务部', parts: '配件部', sales: '销售部', administration: '行政部',
};

export function rectificationNotice(department: string, title: string): string {
  return `整改通知单：请${DEPARTMENT_ZH[department] ?? '相关部门'}针对"${title}"于3个工作日内查明原因、落实整改，并将整改结果书面反馈客户关系部。`;
}
