"use server";

import { z } from "zod";
import type { ActionState } from "@/components/case-action-form";
import { runAdminAction } from "@/lib/actions/admin-action";
import { saveCategory, setCategoryActive } from "@/lib/services/admin/organisation";
import { categorySchema, namedCodeSchema, newCategorySchema } from "@/lib/validation/admin-organisation";
import { saveCategoryGroup } from "@/lib/services/admin/reference-areas";

// Every action: parse → authorise (admin.manage) → act → back to the page with a status.
const errors = "adminOrg.errors";

export async function createCategoryAction(_: ActionState, formData: FormData) {
  return runAdminAction(formData, {
    schema: newCategorySchema,
    errors,
    act: (input, actor, ctx) => saveCategory(input, { userId: actor.id }, ctx),
    done: "/admin/categories?done=category_created",
  });
}

export async function updateCategoryAction(categoryId: number, _: ActionState, formData: FormData) {
  return runAdminAction(formData, {
    schema: categorySchema,
    errors,
    act: (input, actor, ctx) => saveCategory({ ...input, id: categoryId }, { userId: actor.id }, ctx),
    done: (category) => `/admin/categories/${category.code}?done=category_saved`,
  });
}

export async function setCategoryActiveAction(categoryId: number, active: boolean, _: ActionState, formData: FormData) {
  return runAdminAction(formData, {
    schema: z.object({}),
    errors,
    act: (_input, actor, ctx) => setCategoryActive(categoryId, active, { userId: actor.id }, ctx),
    done: (category) =>
      `/admin/categories/${category.code}?done=${active ? "category_activated" : "category_deactivated"}`,
  });
}

export async function saveCategoryGroupAction(_: ActionState, formData: FormData) {
  return runAdminAction(formData, {
    schema: namedCodeSchema,
    errors,
    act: (input, actor, ctx) => saveCategoryGroup(input, { userId: actor.id }, ctx),
    done: "/admin/categories?done=group_saved#groups",
  });
}
