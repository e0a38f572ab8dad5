"use server";

import { z } from "zod";
import { formAction } from "@/lib/actions/form-action";
import { saveCategory } from "@/lib/services/admin/save-category";
import { saveCategoryGroup } from "@/lib/services/admin/save-category-group";
import { setCategoryActive } from "@/lib/services/admin/set-category-active";
import { idSchema } from "@/lib/validation/common";
import { categorySchema, namedCodeSchema, newCategorySchema } from "@/lib/validation/admin-organisation";

// Every action: authorise (admin.manage) → parse → act → back to the page with a status.
const errors = "adminOrg.errors";

export const createCategoryAction = formAction({
  audience: "admin.manage",
  schema: newCategorySchema,
  errors,
  act: saveCategory,
  done: () => "/admin/categories?done=category_created",
});

export const updateCategoryAction = formAction({
  audience: "admin.manage",
  bind: ["categoryId"],
  schema: categorySchema.extend({ categoryId: idSchema }),
  errors,
  act: saveCategory,
  done: (category) => `/admin/categories/${category.code}?done=category_saved`,
});

export const setCategoryActiveAction = formAction({
  audience: "admin.manage",
  bind: ["categoryId", "active"],
  schema: z.object({ categoryId: idSchema, active: z.boolean() }),
  errors,
  act: setCategoryActive,
  done: (category, { active }) =>
    `/admin/categories/${category.code}?done=${active ? "category_activated" : "category_deactivated"}`,
});

export const saveCategoryGroupAction = formAction({
  audience: "admin.manage",
  schema: namedCodeSchema,
  errors,
  act: saveCategoryGroup,
  done: () => "/admin/categories?done=group_saved#groups",
});
