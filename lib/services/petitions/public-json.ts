import "server-only";
import { petitionStage } from "@/lib/domain/petitions/lifecycle";
import type { LoadedPetition } from "@/db/queries/petitions";

// The public JSON shape of a petition (documented field by field in docs/petitions.md).
// Never a signer, an email, an address or the moderators' notes.

type Summary = {
  id: number;
  title: string;
  status: string;
  signatureCount: number;
  openedAt: Date | null;
  closesAt: Date | null;
  closedAt: Date | null;
  responseThresholdAt: Date | null;
  debateThresholdAt: Date | null;
  answeredAt: Date | null;
  rejectionCode: string | null;
};

const iso = (d: Date | null) => (d ? d.toISOString() : null);

export function petitionSummaryJson(p: Summary, baseUrl: string) {
  return {
    id: p.id,
    title: p.title,
    status: p.status,
    stage: petitionStage(p as Parameters<typeof petitionStage>[0]),
    signatureCount: p.signatureCount,
    openedAt: iso(p.openedAt),
    closesAt: iso(p.closesAt),
    closedAt: iso(p.closedAt),
    responseThresholdReachedAt: iso(p.responseThresholdAt),
    debateThresholdReachedAt: iso(p.debateThresholdAt),
    answeredAt: iso(p.answeredAt),
    rejectionCode: p.rejectionCode,
    url: `${baseUrl}/petitions/${p.id}`,
  };
}

export function petitionDetailJson(
  row: LoadedPetition,
  districts: { code: string; nameZh: string; nameEn: string; signatures: number }[],
  thresholds: { response: number; debate: number },
  baseUrl: string,
) {
  const p = row.petition;
  const answered = Boolean(row.caseReplyText) && (row.caseStatus === "replied" || row.caseStatus === "closed");
  return {
    ...petitionSummaryJson(p, baseUrl),
    action: p.action,
    background: p.background,
    category: { nameZh: row.categoryZh, nameEn: row.categoryEn },
    creatorName: p.status === "open" && p.showCreatorName ? p.creatorName : null,
    rejectionNote: p.status === "rejected" ? p.rejectionNote : null,
    countedAt: iso(p.countedAt),
    thresholds: { response: thresholds.response, debate: thresholds.debate },
    responsibleUnit: row.unitCode ? { code: row.unitCode, nameZh: row.unitZh, nameEn: row.unitEn } : null,
    response: p.responseCaseId
      ? {
          caseReference: row.caseReference,
          replyDueAt: iso(row.caseReplyDueAt),
          answeredAt: answered ? iso(row.caseRepliedAt) : null,
          answer: answered ? row.caseReplyText : null,
        }
      : null,
    hearing: p.debateThresholdAt || p.hearingDate ? { date: p.hearingDate, outcome: p.hearingOutcome } : null,
    districts: districts.map((d) => ({
      code: d.code,
      nameZh: d.nameZh,
      nameEn: d.nameEn,
      signatures: Number(d.signatures),
    })),
  };
}
