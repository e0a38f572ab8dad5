import { createHash } from "node:crypto";
import type { Queryable } from "../client";
import {
  petitionCountDistricts,
  petitionCounts,
  petitionDistrictCounts,
  petitionModerationLog,
  petitionSignatures,
  petitions,
} from "../schema";

// A few demo petitions, one in each state, with real signature rows so every figure on the
// petition pages is computed from the database. Deterministic for a given `now`.

const DAY = 86_400_000;

interface DemoPetition {
  key: string;
  title: string;
  action: string;
  background: string;
  category: string;
  unit: string | null;
  status: "gathering" | "moderation" | "open" | "closed" | "rejected";
  /** Days before `now` when it opened (or was decided). */
  age: number;
  signatures: number;
  showName: string | null;
  rejection?: { code: "duplicate" | "personal_data"; note: string };
}

const DEMO: DemoPetition[] = [
  {
    key: "library-hours",
    title: "Open the Jiangnan District library until 22:00 on weekdays",
    action:
      "Extend the weekday opening hours of the Jiangnan District public library to 22:00, so students and shift workers can use it after work.",
    background:
      "The library closes at 17:30, before most people finish work. Reading rooms in neighbouring cities stay open until 21:00 or 22:00.",
    category: "community-facilities",
    unit: "urban-mgmt",
    status: "open",
    age: 20,
    signatures: 46,
    showName: "陈晓 Chen Xiao",
  },
  {
    key: "bike-lanes",
    title: "Protected bike lanes on Binjiang Avenue",
    action:
      "Separate the bike lanes on Binjiang Avenue from motor traffic with kerbs or bollards along its whole length.",
    background: "",
    category: "shared-bikes",
    unit: "transport",
    status: "open",
    age: 5,
    signatures: 17,
    showName: null,
  },
  {
    key: "river-lights",
    title: "Light the riverside footpath in Dongcheng after dark",
    action: "Install and maintain lighting on the riverside footpath between the Dongcheng ferry and the old bridge.",
    background: "",
    category: "street-light",
    unit: "urban-mgmt",
    status: "closed",
    age: 200,
    signatures: 31,
    showName: null,
  },
  {
    key: "ring-road",
    title: "Widen the second ring road at the Xincheng junction",
    action: "Add a lane in each direction on the second ring road at the Xincheng junction.",
    background: "",
    category: "road-damage",
    unit: null,
    status: "rejected",
    age: 12,
    signatures: 5,
    showName: null,
    rejection: {
      code: "duplicate",
      note: "A petition asking for the same widening is already open; please sign that one.",
    },
  },
  {
    key: "address",
    title: "Publish the home address of the street office director",
    action: "Publish where the director lives so residents can complain to him in person.",
    background: "",
    category: "community-facilities",
    unit: null,
    status: "rejected",
    age: 9,
    signatures: 5,
    showName: null,
    rejection: { code: "personal_data", note: "Petitions may not ask for anyone's personal data." },
  },
  {
    key: "school-crossing",
    title: "A staffed crossing outside Binhai No. 2 Primary School",
    action: "Station a crossing guard at the school gate on Haibin Road at the start and end of the school day.",
    background: "",
    category: "traffic-signal",
    unit: null,
    status: "moderation",
    age: 1,
    signatures: 5,
    showName: null,
  },
  {
    key: "dog-park",
    title: "A fenced dog park in Xincheng Central Park",
    action: "Fence off part of Xincheng Central Park as an off-lead area for dogs.",
    background: "",
    category: "greenery",
    unit: null,
    status: "gathering",
    age: 2,
    signatures: 2,
    showName: null,
  },
];

const token = (seed: string) => createHash("sha256").update(seed).digest("base64url").slice(0, 24);

export async function seedPetitions(
  db: Queryable,
  options: {
    now: Date;
    citizenUserId: string | null;
    moderatorUserId: string | null;
    category: Map<string, number>;
    unit: Map<string, number>;
    district: Map<string, number>;
  },
): Promise<number> {
  if (!options.citizenUserId) return 0;
  const districtIds = [...options.district.values()];
  let created = 0;
  for (const demo of DEMO) {
    const categoryId = options.category.get(demo.category);
    if (!categoryId || districtIds.length === 0) continue;
    const decidedAt = new Date(options.now.getTime() - demo.age * DAY);
    const opened = demo.status === "open" || demo.status === "closed";
    const closesAt = new Date(decidedAt.getTime() + 182 * DAY);
    const closed = demo.status === "closed";
    const [row] = await db
      .insert(petitions)
      .values({
        status: demo.status,
        title: demo.title,
        action: demo.action,
        background: demo.background,
        categoryId,
        creatorUserId: options.citizenUserId,
        showCreatorName: demo.showName !== null,
        creatorName: demo.showName,
        shareToken: token(`share-${demo.key}`),
        supportersRequired: 5,
        submittedAt: demo.status === "gathering" ? null : new Date(decidedAt.getTime() - 2 * DAY),
        moderationDueAt: demo.status === "moderation" ? new Date(decidedAt.getTime() + 5 * DAY) : null,
        moderationWarnAt: demo.status === "moderation" ? new Date(decidedAt.getTime() + 4 * DAY) : null,
        moderatedAt: demo.status === "moderation" || demo.status === "gathering" ? null : decidedAt,
        moderatorUserId: demo.status === "moderation" || demo.status === "gathering" ? null : options.moderatorUserId,
        rejectionCode: demo.rejection?.code ?? null,
        rejectionNote: demo.rejection?.note ?? null,
        responsibleUnitId: demo.unit ? (options.unit.get(demo.unit) ?? null) : null,
        openedAt: opened ? decidedAt : null,
        closesAt: opened ? (closed ? new Date(options.now.getTime() - 18 * DAY) : closesAt) : null,
        closedAt: closed ? new Date(options.now.getTime() - 18 * DAY) : null,
        signatureCount: demo.signatures,
        countedAt: options.now,
        createdAt: new Date(decidedAt.getTime() - 4 * DAY),
        updatedAt: decidedAt,
      })
      .returning({ id: petitions.id });
    if (!row) continue;
    created += 1;
    const perDistrict = new Map<number, number>();
    const signatures = Array.from({ length: demo.signatures }, (_, i) => {
      // Spread over districts unevenly (every third in the first district), deterministically.
      const districtId = districtIds[i % 3 === 0 ? 0 : i % districtIds.length] ?? districtIds[0] ?? 0;
      perDistrict.set(districtId, (perDistrict.get(districtId) ?? 0) + 1);
      const email = `demo.${demo.key}.${i + 1}@example.org`;
      return {
        petitionId: row.id,
        status: "validated" as const,
        name: `Demo signer ${i + 1}`,
        email,
        canonicalEmail: email,
        emailDomain: "example.org",
        districtId,
        notify: i % 2 === 0,
        ipAddress: `198.51.100.${(i % 200) + 1}`,
        createdAt: new Date(decidedAt.getTime() + (i % 48) * 3_600_000),
        validatedAt: new Date(decidedAt.getTime() + (i % 48) * 3_600_000 + 600_000),
      };
    });
    if (signatures.length) await db.insert(petitionSignatures).values(signatures);
    const status = demo.status;
    if (status !== "gathering" && status !== "moderation") {
      await db
        .insert(petitionDistrictCounts)
        .values([...perDistrict].map(([districtId, n]) => ({ petitionId: row.id, districtId, signatureCount: n })));
      // The count's history, as the batch count keeps it (lib/services/petitions/counting.ts).
      const [count] = await db
        .insert(petitionCounts)
        .values({ petitionId: row.id, countedAt: options.now, signatureCount: demo.signatures })
        .returning({ id: petitionCounts.id });
      if (count && perDistrict.size > 0)
        await db
          .insert(petitionCountDistricts)
          .values([...perDistrict].map(([districtId, n]) => ({ countId: count.id, districtId, signatureCount: n })));
      await db.insert(petitionModerationLog).values({
        petitionId: row.id,
        actorUserId: options.moderatorUserId,
        action: status === "rejected" ? "reject" : "approve",
        detail: demo.rejection?.code ?? null,
        occurredAt: decidedAt,
      });
    }
  }
  return created;
}
