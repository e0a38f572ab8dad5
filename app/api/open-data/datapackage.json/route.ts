import { apiRoute } from "@/lib/api/route";
import { dataPackage } from "@/lib/services/open-data/datapackage";

/** GET /api/open-data/datapackage.json: every open-data file and column (Frictionless data package). */
export const GET = apiRoute({
  audience: "anyone",
  handle: async (_input, _actor, ctx) => dataPackage({ appUrl: ctx.appUrl, timeZone: ctx.calendar.timeZone }),
});
