import "server-only";
import { desc, sql } from "drizzle-orm";
import { type Queryable, sqlRows } from "@/db/client";
import { petitionBlocks, petitionSignatures } from "@/db/schema";
import type { ServiceContext } from "../context";

export async function listBlocks(db: Queryable) {
  return db.select().from(petitionBlocks).orderBy(desc(petitionBlocks.createdAt));
}

export interface TrendRow {
  hour: Date;
  key: string;
  signatures: number;
}

/** The busiest addresses and email domains per hour on one petition, over the last `hours`. */
export async function trendingSources(
  petitionId: number,
  by: "ip" | "domain",
  ctx: ServiceContext,
  hours = 24,
  limit = 20,
): Promise<TrendRow[]> {
  const since = new Date(ctx.now.getTime() - hours * 3_600_000);
  const column = by === "ip" ? sql`host(ip_address)` : sql`email_domain`;
  const rows = await sqlRows<{ hour: string | Date; key: string | null; n: number }>(
    ctx.db,
    sql`select date_trunc('hour', created_at) as hour, ${column} as key, count(*)::int as n
        from ${petitionSignatures}
        where petition_id = ${petitionId} and created_at >= ${since.toISOString()}::timestamptz and ${column} is not null
        group by 1, 2 order by n desc, hour desc limit ${limit}`,
  );
  return rows.map((r) => ({ hour: new Date(r.hour), key: r.key ?? "", signatures: Number(r.n) }));
}
