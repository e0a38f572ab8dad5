import "server-only";
import { eq } from "drizzle-orm";
import { z } from "zod";
import { cases } from "@/db/schema";
import type { Permission } from "@/lib/domain/access/roles";
import { AppError } from "@/lib/errors";
import type { CaseActor, CaseRow } from "@/lib/services/cases/transition";
import type { ServiceContext } from "@/lib/services/context";
import { formAction } from "./form-action";
import type { ActionState } from "./state";

const referenceSchema = z.string().trim().min(1).max(64);

export interface CaseActionSpec<S extends z.ZodObject> {
  schema: S;
  permission: Permission;
  arrays?: readonly string[];
  /** The use case (its notices are queued by the transition, in its transaction). */
  act: (input: z.infer<S>, actor: CaseActor, ctx: ServiceContext, row: CaseRow) => Promise<unknown>;
  /** The `?done=` status the case page shows. */
  done: string;
}

/**
 * A staff form on one case, on the one form pipeline: bound to the case reference (parsed like a
 * field, 404 when tampered), authorised by permission here and by role and unit in the service,
 * then back to the case with a status.
 */
export function caseAction<S extends z.ZodObject>(
  spec: CaseActionSpec<S>,
): (reference: string, state: ActionState, formData: FormData) => Promise<ActionState> {
  const schema = spec.schema.extend({ reference: referenceSchema }) as unknown as z.ZodType<
    z.infer<S> & { reference: string }
  >;
  return formAction({
    audience: spec.permission,
    bind: ["reference"],
    schema,
    arrays: spec.arrays,
    errors: "workflow.errors",
    act: async ({ reference, ...input }, actor, ctx) => {
      const [row] = await ctx.db.select().from(cases).where(eq(cases.reference, reference));
      if (!row) throw new AppError("not_found");
      await spec.act(input as z.infer<S>, { userId: actor.id, role: actor.role, unitId: actor.unitId }, ctx, row);
    },
    done: (_, { reference }) => `/cases/${reference}?done=${spec.done}`,
  });
}
