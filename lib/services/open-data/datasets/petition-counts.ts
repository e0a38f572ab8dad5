// Every signature count of every public petition (docs/open-data.md#petition-counts): the total and each
// district's, one row per district of a count (a count with no signatures left: one row, no district).
// A count is recorded whenever the batch count changed a petition's figures (petitions.count job).
import "server-only";
import { and, asc, eq, gte, inArray, lt } from "drizzle-orm";
import { publiclyVisible } from "@/db/queries/petitions";
import { districts, petitionCountDistricts, petitionCounts, petitions } from "@/db/schema";
import type { OpenDataColumn } from "@/lib/domain/open-data/columns";
import { type OpenDataRow, defineDataset, span, utcTimestamp } from "../dataset";

export const PETITION_COUNT_COLUMNS = [
  { key: "petition_id", type: "integer" },
  { key: "counted_at", type: "timestamp" },
  { key: "signature_count", type: "integer", measure: "signatures" },
  { key: "district_code", type: "text" },
  { key: "district_name_zh", type: "text" },
  { key: "district_name_en", type: "text" },
  { key: "district_signature_count", type: "integer", measure: "signatures" },
] as const satisfies readonly OpenDataColumn[];

const BATCH = 500;

export const petitionCountsDataset = defineDataset({
  name: "petition-counts",
  columns: PETITION_COUNT_COLUMNS,
  messages: "openData.datasets.petition-counts.columns",
  parameters: [],
  filename: (query) => `answerable-petition-counts-${span(query)}`,
  async *rows({ db, range }) {
    const counts = await db
      .select({
        id: petitionCounts.id,
        petitionId: petitionCounts.petitionId,
        countedAt: petitionCounts.countedAt,
        total: petitionCounts.signatureCount,
      })
      .from(petitionCounts)
      .innerJoin(petitions, eq(petitions.id, petitionCounts.petitionId))
      .where(
        and(
          publiclyVisible,
          range.from ? gte(petitionCounts.countedAt, range.from) : undefined,
          range.to ? lt(petitionCounts.countedAt, range.to) : undefined,
        ),
      )
      .orderBy(asc(petitionCounts.petitionId), asc(petitionCounts.countedAt), asc(petitionCounts.id));
    for (let start = 0; start < counts.length; start += BATCH) {
      const batch = counts.slice(start, start + BATCH);
      const parts = await db
        .select({
          countId: petitionCountDistricts.countId,
          code: districts.code,
          nameZh: districts.nameZh,
          nameEn: districts.nameEn,
          n: petitionCountDistricts.signatureCount,
        })
        .from(petitionCountDistricts)
        .innerJoin(districts, eq(districts.id, petitionCountDistricts.districtId))
        .where(
          inArray(
            petitionCountDistricts.countId,
            batch.map((c) => c.id),
          ),
        )
        .orderBy(asc(petitionCountDistricts.countId), asc(districts.code));
      yield batch.flatMap((count): OpenDataRow[] => {
        const base = {
          petition_id: count.petitionId,
          counted_at: utcTimestamp(count.countedAt),
          signature_count: count.total,
        };
        const mine = parts.filter((part) => part.countId === count.id);
        if (mine.length === 0)
          return [
            {
              ...base,
              district_code: null,
              district_name_zh: null,
              district_name_en: null,
              district_signature_count: null,
            },
          ];
        return mine.map((part) => ({
          ...base,
          district_code: part.code,
          district_name_zh: part.nameZh,
          district_name_en: part.nameEn,
          district_signature_count: part.n,
        }));
      });
    }
  },
});
