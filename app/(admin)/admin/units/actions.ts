"use server";

import { z } from "zod";
import { formAction } from "@/lib/actions/form-action";
import { saveDistrict } from "@/lib/services/admin/save-district";
import { saveUnit } from "@/lib/services/admin/save-unit";
import { setUnitActive } from "@/lib/services/admin/set-unit-active";
import { idSchema } from "@/lib/validation/common";
import { namedCodeSchema, newUnitSchema, unitSchema } from "@/lib/validation/admin-organisation";

// Every action: authorise (admin.manage) → parse → act → back to the page with a status.
const errors = "adminOrg.errors";

export const createUnitAction = formAction({
  audience: "admin.manage",
  schema: newUnitSchema,
  errors,
  act: saveUnit,
  done: () => "/admin/units?done=unit_created",
});

export const updateUnitAction = formAction({
  audience: "admin.manage",
  bind: ["unitId"],
  schema: unitSchema.extend({ unitId: idSchema }),
  errors,
  act: saveUnit,
  done: (unit) => `/admin/units/${unit.code}?done=unit_saved`,
});

export const setUnitActiveAction = formAction({
  audience: "admin.manage",
  bind: ["unitId", "active"],
  schema: z.object({ unitId: idSchema, active: z.boolean() }),
  errors,
  act: setUnitActive,
  done: (unit, { active }) => `/admin/units/${unit.code}?done=${active ? "unit_activated" : "unit_deactivated"}`,
});

export const saveDistrictAction = formAction({
  audience: "admin.manage",
  schema: namedCodeSchema,
  errors,
  act: saveDistrict,
  done: () => "/admin/units?done=district_saved#districts",
});
