"use server";

import { z } from "zod";
import { formAction } from "@/lib/actions/form-action";
import { importAreaBoundaries } from "@/lib/services/admin/import-area-boundaries";

/** Replaces every district's area with a pasted GeoJSON file (docs/maps.md#areas). */
export const importAreasAction = formAction({
  audience: "admin.manage",
  schema: z.object({ geojson: z.string({ error: "required" }).trim().min(1, "required").max(900_000, "tooLong") }),
  errors: "adminOrg.areas.errors",
  act: importAreaBoundaries,
  done: () => "/admin/areas?done=imported",
});
