import { getConnection } from "@/db/client";
import { pingDatabase } from "@/db/queries/health";

/** Liveness and database reachability, for load balancers and the test harness. */
export async function GET() {
  try {
    const { db, driver } = await getConnection();
    await pingDatabase(db);
    return Response.json({ status: "ok", database: driver });
  } catch {
    return Response.json({ status: "unavailable" }, { status: 503 });
  }
}
