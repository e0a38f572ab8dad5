// Deterministic demo data for the fictional city 江滨市 / Jiangbin City.
// Pure data: no I/O, no randomness. Category codes are shared with ./case-texts.ts.
import type { CaseType, ClockKind, UnitClass } from "@/lib/domain/cases/vocabulary";

export interface SeedDistrict {
  code: string;
  nameZh: string;
  nameEn: string;
}
export interface SeedUnit {
  code: string;
  nameZh: string;
  nameEn: string;
  unitClass: UnitClass;
  parentCode: string | null;
  districtCode: string | null;
  requiresReplyApproval: boolean;
}
export interface SeedSlaPolicy {
  code: string;
  nameZh: string;
  nameEn: string;
  clockKind: ClockKind;
  signForLimit: number | null;
  firstContactLimit: number | null;
  replyLimit: number;
  maxExtensions: number;
  maxExtensionAmount: number | null;
}
export interface SeedCategory {
  code: string;
  group: string;
  nameZh: string;
  nameEn: string;
  slaPolicyCode: string;
  keywordsZh: string[];
  keywordsEn: string[];
}
export interface SeedCategoryGroup {
  code: string;
  nameZh: string;
  nameEn: string;
}
export interface SeedDispatchEntry {
  categoryCode: string;
  districtCode: string | null;
  leadUnitCode: string;
  coUnitCodes: string[];
}

/** Case types whose SLA policy is fixed by type rather than by category (docs/rules.md#deadlines). */
export const SLA_POLICY_BY_CASE_TYPE: Partial<Record<CaseType, string>> = {
  deputy_suggestion: "proposal",
  cppcc_proposal: "proposal",
  petition_response: "petition_response",
};

// ---------------------------------------------------------------------------
// Districts
// ---------------------------------------------------------------------------

export const DISTRICTS: SeedDistrict[] = [
  { code: "dongcheng", nameZh: "东城区", nameEn: "Dongcheng District" },
  { code: "jiangnan", nameZh: "江南区", nameEn: "Jiangnan District" },
  { code: "binhai", nameZh: "滨海区", nameEn: "Binhai District" },
  { code: "xincheng", nameZh: "新城区", nameEn: "Xincheng District" },
];

/**
 * The demo city's district areas (docs/maps.md#areas): four rectangles around MAP_CENTRE's default
 * (30.59 N, 114.30 E), split at it. [west, south, east, north] in WGS84 degrees.
 */
export const DISTRICT_AREAS: Record<string, [number, number, number, number]> = {
  dongcheng: [114.3, 30.59, 114.4, 30.68],
  xincheng: [114.2, 30.59, 114.3, 30.68],
  jiangnan: [114.2, 30.5, 114.3, 30.59],
  binhai: [114.3, 30.5, 114.4, 30.59],
};

// ---------------------------------------------------------------------------
// Units (30): 1 city government, 13 bureaus, 4 districts, 8 street offices, 4 utilities
// ---------------------------------------------------------------------------

function bureau(code: string, nameZh: string, nameEn: string, requiresReplyApproval = false): SeedUnit {
  return {
    code,
    nameZh,
    nameEn,
    unitClass: "city_bureau",
    parentCode: "city",
    districtCode: null,
    requiresReplyApproval,
  };
}
function districtGov(
  code: string,
  districtCode: string,
  nameZh: string,
  nameEn: string,
  requiresReplyApproval = false,
): SeedUnit {
  return { code, nameZh, nameEn, unitClass: "district", parentCode: "city", districtCode, requiresReplyApproval };
}
function streetOffice(
  code: string,
  parentCode: string,
  districtCode: string,
  nameZh: string,
  nameEn: string,
  requiresReplyApproval = false,
): SeedUnit {
  return { code, nameZh, nameEn, unitClass: "street_office", parentCode, districtCode, requiresReplyApproval };
}
function utility(code: string, nameZh: string, nameEn: string, requiresReplyApproval = false): SeedUnit {
  return {
    code,
    nameZh,
    nameEn,
    unitClass: "public_service",
    parentCode: "city",
    districtCode: null,
    requiresReplyApproval,
  };
}

export const UNITS: SeedUnit[] = [
  {
    code: "city",
    nameZh: "江滨市人民政府",
    nameEn: "Jiangbin Municipal People's Government",
    unitClass: "city_government",
    parentCode: null,
    districtCode: null,
    requiresReplyApproval: true,
  },

  // City bureaus
  bureau("housing", "江滨市住房和城乡建设局", "Jiangbin Municipal Bureau of Housing and Urban-Rural Development", true),
  bureau("urban-mgmt", "江滨市城市管理委员会", "Jiangbin Municipal Urban Management Commission"),
  bureau("transport", "江滨市交通运输局", "Jiangbin Municipal Transport Bureau"),
  bureau("ecology", "江滨市生态环境局", "Jiangbin Municipal Bureau of Ecology and Environment"),
  bureau("market", "江滨市市场监督管理局", "Jiangbin Municipal Administration for Market Regulation", true),
  bureau(
    "hrss",
    "江滨市人力资源和社会保障局",
    "Jiangbin Municipal Bureau of Human Resources and Social Security",
    true,
  ),
  bureau("education", "江滨市教育局", "Jiangbin Municipal Education Bureau", true),
  bureau("health", "江滨市卫生健康委员会", "Jiangbin Municipal Health Commission", true),
  bureau(
    "traffic-police",
    "江滨市公安局交通警察支队",
    "Traffic Police Detachment of Jiangbin Municipal Public Security Bureau",
  ),
  bureau("water-affairs", "江滨市水务局", "Jiangbin Municipal Water Affairs Bureau"),
  bureau("planning", "江滨市自然资源和规划局", "Jiangbin Municipal Bureau of Natural Resources and Planning", true),
  bureau("civil-affairs", "江滨市民政局", "Jiangbin Municipal Civil Affairs Bureau"),
  bureau("emergency", "江滨市应急管理局", "Jiangbin Municipal Emergency Management Bureau"),

  // District governments
  districtGov("d-dongcheng", "dongcheng", "江滨市东城区人民政府", "Dongcheng District People's Government", true),
  districtGov("d-jiangnan", "jiangnan", "江滨市江南区人民政府", "Jiangnan District People's Government"),
  districtGov("d-binhai", "binhai", "江滨市滨海区人民政府", "Binhai District People's Government", true),
  districtGov("d-xincheng", "xincheng", "江滨市新城区人民政府", "Xincheng District People's Government"),

  // Street offices (2 per district)
  streetOffice("s-donghu", "d-dongcheng", "dongcheng", "东城区东湖街道办事处", "Donghu Subdistrict Office, Dongcheng"),
  streetOffice(
    "s-chaoyang",
    "d-dongcheng",
    "dongcheng",
    "东城区朝阳街道办事处",
    "Chaoyang Subdistrict Office, Dongcheng",
  ),
  streetOffice("s-nanan", "d-jiangnan", "jiangnan", "江南区南岸街道办事处", "Nan'an Subdistrict Office, Jiangnan"),
  streetOffice("s-guiyuan", "d-jiangnan", "jiangnan", "江南区桂园街道办事处", "Guiyuan Subdistrict Office, Jiangnan"),
  streetOffice("s-haibin", "d-binhai", "binhai", "滨海区海滨街道办事处", "Haibin Subdistrict Office, Binhai"),
  streetOffice("s-gangkou", "d-binhai", "binhai", "滨海区港口街道办事处", "Gangkou Subdistrict Office, Binhai"),
  streetOffice("s-xinhua", "d-xincheng", "xincheng", "新城区新华街道办事处", "Xinhua Subdistrict Office, Xincheng"),
  streetOffice("s-gaoxin", "d-xincheng", "xincheng", "新城区高新街道办事处", "Gaoxin Subdistrict Office, Xincheng"),

  // Public service companies
  utility("water-group", "江滨水务集团有限公司", "Jiangbin Water Group Co., Ltd."),
  utility("power", "国网江滨供电公司", "State Grid Jiangbin Power Supply Company", true),
  utility("gas", "江滨燃气集团有限公司", "Jiangbin Gas Group Co., Ltd."),
  utility("heating", "江滨热力有限公司", "Jiangbin Heating Co., Ltd."),
];

// ---------------------------------------------------------------------------
// SLA policies (the defaults of docs/rules.md#deadlines)
// ---------------------------------------------------------------------------

export const SLA_POLICIES: SeedSlaPolicy[] = [
  {
    code: "general",
    nameZh: "一般事项",
    nameEn: "General case",
    clockKind: "working_days",
    signForLimit: 1,
    firstContactLimit: 2,
    replyLimit: 5,
    maxExtensions: 1,
    maxExtensionAmount: 5,
  },
  {
    code: "urgent",
    nameZh: "紧急事项",
    nameEn: "Urgent case",
    clockKind: "hours",
    signForLimit: 2,
    firstContactLimit: 2,
    replyLimit: 24,
    maxExtensions: 0,
    maxExtensionAmount: null,
  },
  {
    code: "complex",
    nameZh: "复杂事项",
    nameEn: "Complex case",
    clockKind: "working_days",
    signForLimit: 1,
    firstContactLimit: 3,
    replyLimit: 15,
    maxExtensions: 1,
    maxExtensionAmount: 15,
  },
  {
    code: "inquiry",
    nameZh: "政策咨询",
    nameEn: "Information inquiry",
    clockKind: "working_days",
    signForLimit: 1,
    firstContactLimit: 1,
    replyLimit: 3,
    maxExtensions: 0,
    maxExtensionAmount: null,
  },
  {
    code: "proposal",
    nameZh: "人大代表建议和政协提案",
    nameEn: "Deputy suggestion / CPPCC proposal",
    clockKind: "calendar_days",
    signForLimit: null,
    firstContactLimit: null,
    replyLimit: 90,
    maxExtensions: 1,
    maxExtensionAmount: 90,
  },
  {
    code: "petition_response",
    nameZh: "联名建议答复",
    nameEn: "Petition response",
    clockKind: "working_days",
    signForLimit: 2,
    firstContactLimit: null,
    replyLimit: 20,
    maxExtensions: 1,
    maxExtensionAmount: 10,
  },
];

// ---------------------------------------------------------------------------
// Category groups
// ---------------------------------------------------------------------------

export const CATEGORY_GROUPS: SeedCategoryGroup[] = [
  { code: "urban", nameZh: "城市管理", nameEn: "Urban management" },
  { code: "housing", nameZh: "住房与规划", nameEn: "Housing and planning" },
  { code: "transport", nameZh: "交通出行", nameEn: "Transport" },
  { code: "environment", nameZh: "生态环境", nameEn: "Environment" },
  { code: "utilities", nameZh: "水电气热", nameEn: "Public utilities" },
  { code: "social", nameZh: "社会保障与就业", nameEn: "Social security and employment" },
  { code: "edu-health", nameZh: "教育与医疗卫生", nameEn: "Education and health" },
  { code: "market", nameZh: "市场监管与消费", nameEn: "Market regulation and consumers" },
  { code: "safety", nameZh: "公共安全", nameEn: "Public safety" },
];

// ---------------------------------------------------------------------------
// Categories (54)
// ---------------------------------------------------------------------------

export const CATEGORIES: SeedCategory[] = [
  // 城市管理 / Urban management
  {
    code: "street-vending",
    group: "urban",
    nameZh: "占道经营",
    nameEn: "Street vending blocking the road",
    slaPolicyCode: "general",
    keywordsZh: ["占道", "摆摊", "流动摊贩"],
    keywordsEn: ["vending", "stall", "hawker"],
  },
  {
    code: "illegal-construction",
    group: "urban",
    nameZh: "违法建设",
    nameEn: "Unauthorised construction",
    slaPolicyCode: "general",
    keywordsZh: ["违建", "私搭乱建", "加盖"],
    keywordsEn: ["unauthorised construction", "illegal structure", "extension"],
  },
  {
    code: "rubbish-collection",
    group: "urban",
    nameZh: "垃圾清运不及时",
    nameEn: "Rubbish not collected",
    slaPolicyCode: "general",
    keywordsZh: ["垃圾", "清运", "垃圾桶"],
    keywordsEn: ["rubbish", "garbage", "bins"],
  },
  {
    code: "street-light",
    group: "urban",
    nameZh: "路灯损坏",
    nameEn: "Broken street light",
    slaPolicyCode: "general",
    keywordsZh: ["路灯", "不亮", "灯杆"],
    keywordsEn: ["street light", "lamp", "dark"],
  },
  {
    code: "manhole-cover",
    group: "urban",
    nameZh: "井盖缺失破损",
    nameEn: "Missing or broken manhole cover",
    slaPolicyCode: "urgent",
    keywordsZh: ["井盖", "窨井", "下水井"],
    keywordsEn: ["manhole", "drain cover", "open hole"],
  },
  {
    code: "outdoor-ads",
    group: "urban",
    nameZh: "户外广告牌安全隐患",
    nameEn: "Unsafe billboards and shop signs",
    slaPolicyCode: "general",
    keywordsZh: ["广告牌", "招牌", "横幅"],
    keywordsEn: ["billboard", "shop sign", "banner"],
  },
  {
    code: "greenery",
    group: "urban",
    nameZh: "绿化养护",
    nameEn: "Trees and green space upkeep",
    slaPolicyCode: "general",
    keywordsZh: ["树木", "绿化", "修剪"],
    keywordsEn: ["tree", "green space", "pruning"],
  },
  {
    code: "community-facilities",
    group: "urban",
    nameZh: "社区公共设施",
    nameEn: "Neighbourhood public facilities",
    slaPolicyCode: "general",
    keywordsZh: ["健身器材", "社区", "公共设施"],
    keywordsEn: ["fitness equipment", "community", "facilities"],
  },

  // 住房与规划 / Housing and planning
  {
    code: "property-mgmt",
    group: "housing",
    nameZh: "物业服务",
    nameEn: "Property management",
    slaPolicyCode: "general",
    keywordsZh: ["物业", "物业费", "保安"],
    keywordsEn: ["property management", "management fee", "estate"],
  },
  {
    code: "elevator-fault",
    group: "housing",
    nameZh: "电梯故障",
    nameEn: "Lift breakdown",
    slaPolicyCode: "urgent",
    keywordsZh: ["电梯", "困人", "停运"],
    keywordsEn: ["lift", "elevator", "trapped"],
  },
  {
    code: "maintenance-fund",
    group: "housing",
    nameZh: "住宅专项维修资金",
    nameEn: "Housing maintenance fund",
    slaPolicyCode: "general",
    keywordsZh: ["维修资金", "维修基金", "大修"],
    keywordsEn: ["maintenance fund", "repair fund", "major repairs"],
  },
  {
    code: "new-home-quality",
    group: "housing",
    nameZh: "新房质量问题",
    nameEn: "Defects in new homes",
    slaPolicyCode: "general",
    keywordsZh: ["漏水", "开裂", "交房", "开发商"],
    keywordsEn: ["leak", "cracks", "developer", "handover"],
  },
  {
    code: "rental-dispute",
    group: "housing",
    nameZh: "房屋租赁纠纷",
    nameEn: "Rental dispute",
    slaPolicyCode: "general",
    keywordsZh: ["房东", "押金", "租房", "中介"],
    keywordsEn: ["landlord", "deposit", "tenant", "letting agent"],
  },
  {
    code: "old-community-renovation",
    group: "housing",
    nameZh: "老旧小区改造",
    nameEn: "Renovation of old residential compounds",
    slaPolicyCode: "complex",
    keywordsZh: ["老旧小区", "改造", "加装电梯"],
    keywordsEn: ["old compound", "renovation", "retrofit lift"],
  },
  {
    code: "expropriation-compensation",
    group: "housing",
    nameZh: "征收拆迁补偿",
    nameEn: "Expropriation and relocation compensation",
    slaPolicyCode: "complex",
    keywordsZh: ["拆迁", "征收", "安置", "补偿"],
    keywordsEn: ["demolition", "expropriation", "resettlement", "compensation"],
  },
  {
    code: "property-registration",
    group: "housing",
    nameZh: "不动产登记",
    nameEn: "Property title registration",
    slaPolicyCode: "complex",
    keywordsZh: ["房产证", "不动产", "办证"],
    keywordsEn: ["title deed", "property certificate", "registration"],
  },
  {
    code: "planning-approval",
    group: "housing",
    nameZh: "规划审批与建设",
    nameEn: "Planning approval and land use",
    slaPolicyCode: "complex",
    keywordsZh: ["规划", "容积率", "用地", "日照"],
    keywordsEn: ["planning", "land use", "zoning", "sunlight"],
  },

  // 交通出行 / Transport
  {
    code: "bus-service",
    group: "transport",
    nameZh: "公交线路与服务",
    nameEn: "Bus routes and service",
    slaPolicyCode: "general",
    keywordsZh: ["公交", "线路", "站台", "司机"],
    keywordsEn: ["bus", "route", "bus stop", "driver"],
  },
  {
    code: "taxi-service",
    group: "transport",
    nameZh: "出租车与网约车",
    nameEn: "Taxis and ride-hailing",
    slaPolicyCode: "general",
    keywordsZh: ["出租车", "网约车", "拒载", "绕路"],
    keywordsEn: ["taxi", "ride-hailing", "refused", "detour"],
  },
  {
    code: "road-damage",
    group: "transport",
    nameZh: "道路破损",
    nameEn: "Damaged road surface",
    slaPolicyCode: "general",
    keywordsZh: ["坑洼", "路面", "破损"],
    keywordsEn: ["pothole", "road surface", "damaged road"],
  },
  {
    code: "traffic-signal",
    group: "transport",
    nameZh: "交通信号灯故障",
    nameEn: "Faulty traffic lights",
    slaPolicyCode: "general",
    keywordsZh: ["红绿灯", "信号灯", "配时"],
    keywordsEn: ["traffic light", "signal", "timing"],
  },
  {
    code: "illegal-parking",
    group: "transport",
    nameZh: "违章停车",
    nameEn: "Illegal parking",
    slaPolicyCode: "general",
    keywordsZh: ["乱停车", "违停", "堵路", "消防通道"],
    keywordsEn: ["parking", "parked cars", "blocked", "fire lane"],
  },
  {
    code: "shared-bikes",
    group: "transport",
    nameZh: "共享单车乱停放",
    nameEn: "Haphazardly parked shared bikes",
    slaPolicyCode: "general",
    keywordsZh: ["共享单车", "单车", "乱停放"],
    keywordsEn: ["shared bikes", "dockless", "bicycles"],
  },

  // 生态环境 / Environment
  {
    code: "noise-nuisance",
    group: "environment",
    nameZh: "噪声扰民",
    nameEn: "Noise nuisance",
    slaPolicyCode: "general",
    keywordsZh: ["噪音", "扰民", "广场舞", "音响"],
    keywordsEn: ["noise", "loud", "music", "square dancing"],
  },
  {
    code: "construction-noise",
    group: "environment",
    nameZh: "夜间施工噪声",
    nameEn: "Night-time construction noise",
    slaPolicyCode: "general",
    keywordsZh: ["夜间施工", "工地", "施工噪音"],
    keywordsEn: ["construction", "building site", "night work"],
  },
  {
    code: "air-pollution",
    group: "environment",
    nameZh: "大气污染",
    nameEn: "Air pollution and smoke",
    slaPolicyCode: "general",
    keywordsZh: ["废气", "烟尘", "异味", "焚烧"],
    keywordsEn: ["smoke", "fumes", "odour", "burning"],
  },
  {
    code: "water-pollution",
    group: "environment",
    nameZh: "河道水体污染",
    nameEn: "River and lake pollution",
    slaPolicyCode: "general",
    keywordsZh: ["河道", "污水", "发臭", "排污"],
    keywordsEn: ["river", "sewage", "stinking", "discharge"],
  },
  {
    code: "cooking-fumes",
    group: "environment",
    nameZh: "餐饮油烟",
    nameEn: "Restaurant cooking fumes",
    slaPolicyCode: "general",
    keywordsZh: ["油烟", "烧烤", "饭店"],
    keywordsEn: ["cooking fumes", "barbecue", "restaurant"],
  },

  // 水电气热 / Public utilities
  {
    code: "water-outage",
    group: "utilities",
    nameZh: "停水",
    nameEn: "Water outage",
    slaPolicyCode: "urgent",
    keywordsZh: ["停水", "没水", "水压"],
    keywordsEn: ["no water", "water outage", "water pressure"],
  },
  {
    code: "water-quality",
    group: "utilities",
    nameZh: "自来水水质",
    nameEn: "Tap water quality",
    slaPolicyCode: "general",
    keywordsZh: ["水质", "发黄", "浑浊"],
    keywordsEn: ["water quality", "discoloured", "cloudy"],
  },
  {
    code: "power-outage",
    group: "utilities",
    nameZh: "停电",
    nameEn: "Power outage",
    slaPolicyCode: "urgent",
    keywordsZh: ["停电", "断电", "跳闸"],
    keywordsEn: ["power cut", "blackout", "no electricity"],
  },
  {
    code: "gas-leak",
    group: "utilities",
    nameZh: "燃气泄漏",
    nameEn: "Gas leak",
    slaPolicyCode: "urgent",
    keywordsZh: ["煤气味", "燃气泄漏", "漏气"],
    keywordsEn: ["gas leak", "smell of gas", "leaking"],
  },
  {
    code: "gas-outage",
    group: "utilities",
    nameZh: "停气",
    nameEn: "Gas supply outage",
    slaPolicyCode: "urgent",
    keywordsZh: ["停气", "燃气", "打不着火"],
    keywordsEn: ["gas supply", "no gas", "stove"],
  },
  {
    code: "heating-outage",
    group: "utilities",
    nameZh: "供暖不热",
    nameEn: "Heating outage or cold radiators",
    slaPolicyCode: "urgent",
    keywordsZh: ["暖气", "供暖", "不热"],
    keywordsEn: ["heating", "radiator", "cold"],
  },
  {
    code: "drainage-flooding",
    group: "utilities",
    nameZh: "排水不畅与道路积水",
    nameEn: "Blocked drains and waterlogging",
    slaPolicyCode: "general",
    keywordsZh: ["积水", "下水道", "堵塞", "内涝"],
    keywordsEn: ["flooding", "drain", "blocked", "waterlogging"],
  },
  {
    code: "utility-billing",
    group: "utilities",
    nameZh: "水电气缴费咨询",
    nameEn: "Utility bill inquiry",
    slaPolicyCode: "inquiry",
    keywordsZh: ["水费", "电费", "缴费", "账单"],
    keywordsEn: ["water bill", "electricity bill", "payment", "bill"],
  },

  // 社会保障与就业 / Social security and employment
  {
    code: "unpaid-wages",
    group: "social",
    nameZh: "拖欠工资",
    nameEn: "Unpaid wages",
    slaPolicyCode: "general",
    keywordsZh: ["拖欠工资", "欠薪", "讨薪", "工钱"],
    keywordsEn: ["unpaid wages", "owed pay", "salary", "wages"],
  },
  {
    code: "social-insurance",
    group: "social",
    nameZh: "社保缴纳与转移",
    nameEn: "Social insurance contributions and transfers",
    slaPolicyCode: "general",
    keywordsZh: ["社保", "五险", "断缴", "转移"],
    keywordsEn: ["social insurance", "contributions", "transfer"],
  },
  {
    code: "social-insurance-policy",
    group: "social",
    nameZh: "社保政策咨询",
    nameEn: "Social insurance policy inquiry",
    slaPolicyCode: "inquiry",
    keywordsZh: ["退休", "养老保险", "政策咨询"],
    keywordsEn: ["retirement", "pension", "policy question"],
  },
  {
    code: "employment-services",
    group: "social",
    nameZh: "就业创业服务",
    nameEn: "Employment and start-up services",
    slaPolicyCode: "general",
    keywordsZh: ["就业", "创业", "补贴", "培训"],
    keywordsEn: ["employment", "start-up", "subsidy", "job training"],
  },
  {
    code: "elderly-care",
    group: "social",
    nameZh: "养老服务",
    nameEn: "Elderly care services",
    slaPolicyCode: "general",
    keywordsZh: ["养老院", "老人", "助餐"],
    keywordsEn: ["care home", "elderly", "meals for seniors"],
  },
  {
    code: "social-assistance",
    group: "social",
    nameZh: "低保与社会救助",
    nameEn: "Minimum living allowance and social assistance",
    slaPolicyCode: "general",
    keywordsZh: ["低保", "救助", "困难"],
    keywordsEn: ["minimum allowance", "dibao", "hardship"],
  },

  // 教育与医疗卫生 / Education and health
  {
    code: "off-campus-tutoring",
    group: "edu-health",
    nameZh: "校外培训",
    nameEn: "Off-campus tutoring",
    slaPolicyCode: "general",
    keywordsZh: ["培训机构", "补课", "校外培训"],
    keywordsEn: ["tutoring", "training centre", "cram school"],
  },
  {
    code: "school-enrolment",
    group: "edu-health",
    nameZh: "入学政策咨询",
    nameEn: "School enrolment inquiry",
    slaPolicyCode: "inquiry",
    keywordsZh: ["入学", "学区", "报名"],
    keywordsEn: ["enrolment", "school place", "catchment"],
  },
  {
    code: "school-fees",
    group: "edu-health",
    nameZh: "学校乱收费",
    nameEn: "Improper school fees",
    slaPolicyCode: "general",
    keywordsZh: ["乱收费", "学校收费", "资料费"],
    keywordsEn: ["school fees", "extra charges", "materials fee"],
  },
  {
    code: "medical-service",
    group: "edu-health",
    nameZh: "医疗服务",
    nameEn: "Hospital and medical service",
    slaPolicyCode: "general",
    keywordsZh: ["医院", "医生", "挂号", "看病"],
    keywordsEn: ["hospital", "doctor", "appointment", "clinic"],
  },
  {
    code: "vaccination",
    group: "edu-health",
    nameZh: "疫苗接种咨询",
    nameEn: "Vaccination inquiry",
    slaPolicyCode: "inquiry",
    keywordsZh: ["疫苗", "接种", "预防针"],
    keywordsEn: ["vaccine", "vaccination", "jab"],
  },

  // 市场监管与消费 / Market regulation and consumers
  {
    code: "consumer-dispute",
    group: "market",
    nameZh: "消费纠纷",
    nameEn: "Consumer dispute",
    slaPolicyCode: "general",
    keywordsZh: ["退货", "退款", "商家", "售后"],
    keywordsEn: ["refund", "return", "shop", "after-sales"],
  },
  {
    code: "food-safety",
    group: "market",
    nameZh: "食品安全",
    nameEn: "Food safety",
    slaPolicyCode: "general",
    keywordsZh: ["食品", "过期", "变质", "卫生"],
    keywordsEn: ["food", "expired", "spoiled", "hygiene"],
  },
  {
    code: "price-violation",
    group: "market",
    nameZh: "价格违法",
    nameEn: "Pricing violations",
    slaPolicyCode: "general",
    keywordsZh: ["价格", "乱收费", "明码标价"],
    keywordsEn: ["price", "overcharging", "price tag"],
  },
  {
    code: "prepaid-card",
    group: "market",
    nameZh: "预付卡退费",
    nameEn: "Prepaid card refunds",
    slaPolicyCode: "general",
    keywordsZh: ["预付卡", "会员卡", "跑路", "充值"],
    keywordsEn: ["prepaid card", "membership", "closed down", "top-up"],
  },

  // 公共安全 / Public safety
  {
    code: "fire-hazard",
    group: "safety",
    nameZh: "消防安全隐患",
    nameEn: "Fire safety hazards",
    slaPolicyCode: "general",
    keywordsZh: ["消防", "安全出口", "灭火器"],
    keywordsEn: ["fire", "fire exit", "extinguisher"],
  },
  {
    code: "ebike-charging",
    group: "safety",
    nameZh: "电动车违规充电",
    nameEn: "Unsafe e-bike charging",
    slaPolicyCode: "general",
    keywordsZh: ["电动车", "飞线充电", "楼道"],
    keywordsEn: ["e-bike", "charging", "stairwell"],
  },
  {
    code: "workplace-safety",
    group: "safety",
    nameZh: "安全生产隐患",
    nameEn: "Workplace safety hazards",
    slaPolicyCode: "general",
    keywordsZh: ["安全生产", "工厂", "危化品"],
    keywordsEn: ["workplace safety", "factory", "hazardous chemicals"],
  },
];

// ---------------------------------------------------------------------------
// Dispatch catalogue
// ---------------------------------------------------------------------------

const DISTRICT_GOV: Record<string, string> = {
  dongcheng: "d-dongcheng",
  jiangnan: "d-jiangnan",
  binhai: "d-binhai",
  xincheng: "d-xincheng",
};
/** The first street office of each district; used as the default street-level lead. */
const FIRST_STREET: Record<string, string> = {
  dongcheng: "s-donghu",
  jiangnan: "s-nanan",
  binhai: "s-haibin",
  xincheng: "s-xinhua",
};
/** The second street office of each district. */
const SECOND_STREET: Record<string, string> = {
  dongcheng: "s-chaoyang",
  jiangnan: "s-guiyuan",
  binhai: "s-gangkou",
  xincheng: "s-gaoxin",
};

function cityWide(categoryCode: string, leadUnitCode: string, coUnitCodes: string[] = []): SeedDispatchEntry {
  return { categoryCode, districtCode: null, leadUnitCode, coUnitCodes };
}

/** One entry per district, lead chosen by `lead(districtCode)`. */
function perDistrict(
  categoryCode: string,
  lead: (districtCode: string) => string,
  coUnitCodes: string[] = [],
  districtCodes: string[] = DISTRICTS.map((d) => d.code),
): SeedDispatchEntry[] {
  return districtCodes.map((districtCode) => ({
    categoryCode,
    districtCode,
    leadUnitCode: lead(districtCode),
    coUnitCodes: [...coUnitCodes],
  }));
}

const districtGovOf = (d: string): string => DISTRICT_GOV[d]!;
const firstStreetOf = (d: string): string => FIRST_STREET[d]!;
const secondStreetOf = (d: string): string => SECOND_STREET[d]!;

export const DISPATCH_ENTRIES: SeedDispatchEntry[] = [
  // Street-level matters: routed per district.
  ...perDistrict("street-vending", firstStreetOf, ["urban-mgmt"]),
  ...perDistrict("illegal-construction", districtGovOf, ["urban-mgmt", "planning"]),
  ...perDistrict("rubbish-collection", secondStreetOf, ["urban-mgmt"]),
  ...perDistrict("greenery", districtGovOf),
  ...perDistrict("community-facilities", firstStreetOf),
  ...perDistrict("property-mgmt", secondStreetOf, ["housing"]),
  ...perDistrict("shared-bikes", districtGovOf, ["urban-mgmt"]),
  ...perDistrict("noise-nuisance", firstStreetOf),
  ...perDistrict("cooking-fumes", districtGovOf, ["urban-mgmt"]),
  ...perDistrict("social-assistance", secondStreetOf, ["civil-affairs"]),

  // DELIBERATELY UNROUTABLE in part (no district-null entry, only 2 of 4 districts covered),
  // so that demo cases from the other districts fall to operator triage:
  //  - "old-community-renovation": only Dongcheng and Jiangnan run the renovation pilot;
  //    cases in Binhai and Xincheng have no catalogue entry.
  //  - "ebike-charging": only Binhai and Xincheng have signed up their street offices;
  //    cases in Dongcheng and Jiangnan have no catalogue entry.
  ...perDistrict("old-community-renovation", districtGovOf, ["housing"], ["dongcheng", "jiangnan"]),
  ...perDistrict("ebike-charging", firstStreetOf, ["emergency"], ["binhai", "xincheng"]),

  // City-wide matters: one entry with districtCode null.
  cityWide("street-light", "urban-mgmt"),
  cityWide("manhole-cover", "urban-mgmt", ["water-group"]),
  cityWide("outdoor-ads", "urban-mgmt"),

  cityWide("elevator-fault", "market", ["housing"]),
  cityWide("maintenance-fund", "housing"),
  cityWide("new-home-quality", "housing"),
  cityWide("rental-dispute", "housing"),
  cityWide("expropriation-compensation", "housing", ["planning"]),
  cityWide("property-registration", "planning"),
  cityWide("planning-approval", "planning"),

  cityWide("bus-service", "transport"),
  cityWide("taxi-service", "transport"),
  cityWide("road-damage", "transport", ["urban-mgmt"]),
  cityWide("traffic-signal", "traffic-police"),
  cityWide("illegal-parking", "traffic-police"),

  cityWide("construction-noise", "ecology", ["housing"]),
  cityWide("air-pollution", "ecology"),
  cityWide("water-pollution", "ecology", ["water-affairs"]),

  cityWide("water-outage", "water-group"),
  cityWide("water-quality", "water-group", ["health"]),
  cityWide("power-outage", "power"),
  cityWide("gas-leak", "gas", ["emergency"]),
  cityWide("gas-outage", "gas"),
  cityWide("heating-outage", "heating"),
  cityWide("drainage-flooding", "water-affairs", ["urban-mgmt"]),
  cityWide("utility-billing", "water-group", ["power", "gas"]),

  cityWide("unpaid-wages", "hrss"),
  cityWide("social-insurance", "hrss"),
  cityWide("social-insurance-policy", "hrss"),
  cityWide("employment-services", "hrss"),
  cityWide("elderly-care", "civil-affairs"),

  cityWide("off-campus-tutoring", "education", ["market"]),
  cityWide("school-enrolment", "education"),
  cityWide("school-fees", "education", ["market"]),
  cityWide("medical-service", "health"),
  cityWide("vaccination", "health"),

  cityWide("consumer-dispute", "market"),
  cityWide("food-safety", "market"),
  cityWide("price-violation", "market"),
  cityWide("prepaid-card", "market"),

  cityWide("fire-hazard", "emergency"),
  cityWide("workplace-safety", "emergency"),

  // District overrides on top of a city-wide entry: in Binhai the harbour area's roads are
  // maintained by the district; in Xincheng the high-tech park runs its own fire checks.
  { categoryCode: "road-damage", districtCode: "binhai", leadUnitCode: "d-binhai", coUnitCodes: ["transport"] },
  { categoryCode: "fire-hazard", districtCode: "xincheng", leadUnitCode: "s-gaoxin", coUnitCodes: ["emergency"] },
];

// ---------------------------------------------------------------------------
// Streets (3 per district), used as case places
// ---------------------------------------------------------------------------

export const STREETS: { districtCode: string; nameZh: string; nameEn: string }[] = [
  { districtCode: "dongcheng", nameZh: "东湖路", nameEn: "Donghu Road" },
  { districtCode: "dongcheng", nameZh: "朝阳大街", nameEn: "Chaoyang Street" },
  { districtCode: "dongcheng", nameZh: "解放东路", nameEn: "Jiefang East Road" },
  { districtCode: "jiangnan", nameZh: "南岸路", nameEn: "Nan'an Road" },
  { districtCode: "jiangnan", nameZh: "桂园路", nameEn: "Guiyuan Road" },
  { districtCode: "jiangnan", nameZh: "江南大道", nameEn: "Jiangnan Avenue" },
  { districtCode: "binhai", nameZh: "海滨大道", nameEn: "Haibin Avenue" },
  { districtCode: "binhai", nameZh: "港口路", nameEn: "Gangkou Road" },
  { districtCode: "binhai", nameZh: "渔港街", nameEn: "Yugang Street" },
  { districtCode: "xincheng", nameZh: "新华路", nameEn: "Xinhua Road" },
  { districtCode: "xincheng", nameZh: "高新大道", nameEn: "Gaoxin Avenue" },
  { districtCode: "xincheng", nameZh: "科技园路", nameEn: "Science Park Road" },
];
