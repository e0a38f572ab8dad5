"use server";

import { z } from "zod";
import type { ActionState } from "@/components/case-action-form";
import { runAdminAction } from "@/lib/actions/admin-action";
import { saveUnit, setUnitActive } from "@/lib/services/admin/organisation";
import { namedCodeSchema, newUnitSchema, unitSchema } from "@/lib/validation/admin-organisation";
import { saveDistrict } from "@/lib/services/admin/reference-areas";

// Every action: parse → authorise (admin.manage) → act → back to the page with a status.
const errors = "adminOrg.errors";

export async function createUnitAction(_: ActionState, formData: FormData) {
  return runAdminAction(formData, {
    schema: newUnitSchema,
    errors,
    act: (input, actor, ctx) => saveUnit(input, { userId: actor.id }, ctx),
    done: "/admin/units?done=unit_created",
  });
}

export async function updateUnitAction(unitId: number, _: ActionState, formData: FormData) {
  return runAdminAction(formData, {
    schema: unitSchema,
    errors,
    act: (input, actor, ctx) => saveUnit({ ...input, id: unitId }, { userId: actor.id }, ctx),
    done: (unit) => `/admin/units/${unit.code}?done=unit_saved`,
  });
}

export async function setUnitActiveAction(unitId: number, active: boolean, _: ActionState, formData: FormData) {
  return runAdminAction(formData, {
    schema: z.object({}),
    errors,
    act: (_input, actor, ctx) => setUnitActive(unitId, active, { userId: actor.id }, ctx),
    done: (unit) => `/admin/units/${unit.code}?done=${active ? "unit_activated" : "unit_deactivated"}`,
  });
}

export async function saveDistrictAction(_: ActionState, formData: FormData) {
  return runAdminAction(formData, {
    schema: namedCodeSchema,
    errors,
    act: (input, actor, ctx) => saveDistrict(input, { userId: actor.id }, ctx),
    done: "/admin/units?done=district_saved#districts",
  });
}
