import { sql } from "drizzle-orm";
import { getConnection } from "@/db/client";

/** Liveness and database reachability, for load balancers and the test harness. */
export async function GET() {
  try {
    const { db, driver } = await getConnection();
    await db.execute(sql`select 1`);
    return Response.json({ status: "ok", database: driver });
  } catch {
    return Response.json({ status: "unavailable" }, { status: 503 });
  }
}
