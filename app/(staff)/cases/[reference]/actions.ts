"use server";

import { caseAction } from "@/lib/actions/case-action";
import { decideExtension, requestExtension } from "@/lib/services/cases/extensions";
import { answerDirectly, dispatchCase, mergeCase, redirectCase, ruleOnDispute } from "@/lib/services/cases/triage";
import {
  addNote,
  approveReply,
  awaitCitizen,
  citizenResponded,
  disputeCase,
  recordContact,
  replyToCase,
  returnReply,
  signFor,
} from "@/lib/services/cases/unit-handling";
import {
  answerDirectlySchema,
  dispatchSchema,
  disputeRulingSchema,
  extensionDecisionSchema,
  extensionRequestSchema,
  mergeSchema,
  noteSchema,
  redirectSchema,
  replySchema,
} from "@/lib/validation/case-actions";
import { z } from "zod";

// Every action: authorise (permission here, role and unit inside the service) → parse → act.
// Each is bound to the case reference by the page.

const empty = z.object({});

export const dispatchAction = caseAction({
  schema: dispatchSchema,
  permission: "case.triage",
  arrays: ["coUnitIds"],
  done: "dispatch",
  act: (input, actor, ctx, row) => dispatchCase({ caseId: row.id, ...input }, actor, ctx),
});

export const ruleOnDisputeAction = caseAction({
  schema: disputeRulingSchema,
  permission: "case.triage",
  arrays: ["coUnitIds"],
  done: "ruling",
  act: (input, actor, ctx, row) => ruleOnDispute({ caseId: row.id, ...input }, actor, ctx),
});

export const answerDirectlyAction = caseAction({
  schema: answerDirectlySchema,
  permission: "case.triage",
  done: "answer_directly",
  act: (input, actor, ctx, row) => answerDirectly({ caseId: row.id, answer: input.answer }, actor, ctx),
});

export const redirectAction = caseAction({
  schema: redirectSchema,
  permission: "case.triage",
  done: "redirect",
  act: (input, actor, ctx, row) => redirectCase({ caseId: row.id, ...input }, actor, ctx),
});

export const mergeAction = caseAction({
  schema: mergeSchema,
  permission: "case.triage",
  done: "merge",
  act: (input, actor, ctx, row) => mergeCase({ caseId: row.id, intoReference: input.intoReference }, actor, ctx),
});

export const signForAction = caseAction({
  schema: empty,
  permission: "case.handle",
  done: "sign_for",
  act: (_input, actor, ctx, row) => signFor(row.id, actor, ctx),
});

export const recordContactAction = caseAction({
  schema: noteSchema,
  permission: "case.handle",
  done: "record_contact",
  act: (input, actor, ctx, row) => recordContact(row.id, input.note, actor, ctx),
});

export const disputeAction = caseAction({
  schema: z.object({ reason: noteSchema.shape.note }),
  permission: "case.handle",
  done: "dispute",
  act: (input, actor, ctx, row) => disputeCase(row.id, input.reason, actor, ctx),
});

export const noteAction = caseAction({
  schema: noteSchema,
  permission: "case.handle",
  done: "add_note",
  act: (input, actor, ctx, row) =>
    addNote(row.id, input.note, actor, ctx, row.leadUnitId === actor.unitId ? "add_note" : "co_unit_input"),
});

export const awaitCitizenAction = caseAction({
  schema: noteSchema,
  permission: "case.handle",
  done: "await_citizen",
  act: (input, actor, ctx, row) => awaitCitizen(row.id, input.note, actor, ctx),
});

export const citizenRespondedAction = caseAction({
  schema: noteSchema,
  permission: "case.handle",
  done: "citizen_responded",
  act: (input, actor, ctx, row) => citizenResponded(row.id, input.note, actor, ctx),
});

export const requestExtensionAction = caseAction({
  schema: extensionRequestSchema,
  permission: "case.handle",
  done: "request_extension",
  act: (input, actor, ctx, row) => requestExtension({ caseId: row.id, ...input }, actor, ctx),
});

export const decideExtensionAction = caseAction({
  schema: extensionDecisionSchema,
  permission: "case.approve",
  done: "extension_decided",
  act: (input, actor, ctx, row) =>
    decideExtension({ caseId: row.id, approve: input.decision === "approve", note: input.note }, actor, ctx),
});

export const replyAction = caseAction({
  schema: replySchema,
  permission: "case.handle",
  done: "reply",
  act: (input, actor, ctx, row) => replyToCase({ caseId: row.id, ...input }, actor, ctx),
});

export const approveReplyAction = caseAction({
  schema: z.object({
    decision: z.enum(["approve", "return"], { message: "required" }),
    note: z.string().trim().max(2000, "tooLong").optional(),
  }),
  permission: "case.approve",
  done: "reply_decided",
  act: (input, actor, ctx, row) =>
    input.decision === "approve"
      ? approveReply(row.id, actor, ctx)
      : returnReply(row.id, input.note || "—", actor, ctx),
});
