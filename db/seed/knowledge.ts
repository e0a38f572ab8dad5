import type { Queryable } from "../client";
import { knowledgeEntries } from "../schema";

interface SeedKnowledge {
  unitCode: string;
  questionZh: string;
  questionEn: string;
  answerZh: string;
  answerEn: string;
  legalBasis: string | null;
  /** Days from the seed's "now" to the review date; negative means past review. */
  reviewInDays: number;
}

const ENTRIES: SeedKnowledge[] = [
  {
    unitCode: "water-group",
    questionZh: "水费账单什么时候出？在哪里缴费？",
    questionEn: "When are water bills issued and where can I pay?",
    answerZh: "水费账单每月5日出账，可在当月25日前通过网上营业厅、银行或营业网点缴纳。",
    answerEn:
      "Water bills are issued on the 5th of each month and can be paid by the 25th online, at a bank or at a service counter.",
    legalBasis: "《江滨市城市供水管理办法》第二十二条",
    reviewInDays: 120,
  },
  {
    unitCode: "water-group",
    questionZh: "阶梯水价怎么计算？",
    questionEn: "How is the tiered water price calculated?",
    answerZh: "居民用水按年度用水量分三档计价，第一档每户每年180立方米以内。",
    answerEn:
      "Household water is priced in three tiers by yearly use; the first tier covers up to 180 cubic metres a year per household.",
    legalBasis: null,
    reviewInDays: -20,
  },
  {
    unitCode: "education",
    questionZh: "小学入学报名什么时候开始？需要哪些材料？",
    questionEn: "When does primary school enrolment open and what documents are needed?",
    answerZh: "每年5月中旬开始网上报名，需要户口簿、房产证明或居住证以及儿童出生证明。",
    answerEn:
      "Online enrolment opens in mid-May; bring the household register, proof of residence or a residence permit, and the child's birth certificate.",
    legalBasis: "《江滨市义务教育阶段招生入学工作实施意见》",
    reviewInDays: 60,
  },
  {
    unitCode: "hrss",
    questionZh: "灵活就业人员如何补缴养老保险？",
    questionEn: "How can a freelancer make up missed pension contributions?",
    answerZh: "灵活就业人员可在社保经办窗口或网上办事大厅申请补缴，补缴期限以政策规定为准。",
    answerEn:
      "Freelancers can apply to make up contributions at a social insurance counter or online; how far back depends on the current policy.",
    legalBasis: "《社会保险法》第十条",
    reviewInDays: -5,
  },
];

/** A few answered questions, so operators see suggestions and unit pages a review count. */
export async function seedKnowledge(db: Queryable, unitIds: Map<string, number>, now: Date): Promise<void> {
  const day = 24 * 3_600_000;
  const rows = ENTRIES.flatMap((entry) => {
    const unitId = unitIds.get(entry.unitCode);
    if (unitId === undefined) return [];
    const { unitCode: _unit, reviewInDays, ...text } = entry;
    return [{ ...text, unitId, reviewBy: new Date(now.getTime() + reviewInDays * day).toISOString().slice(0, 10) }];
  });
  if (rows.length) await db.insert(knowledgeEntries).values(rows);
}
