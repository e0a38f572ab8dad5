"use server";

import type { ActionState } from "@/components/case-action-form";
import { runCaseAction } from "@/lib/actions/case-action";
import { notifyCitizen, notifyUnit } from "@/lib/mail/workflow-mail";
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

// Every action: parse → authorise (permission, then role and unit inside the service) → act.
// Each is bound to the case reference by the page.

const empty = z.object({});

export async function dispatchAction(reference: string, _: ActionState, formData: FormData) {
  return runCaseAction(reference, formData, {
    schema: dispatchSchema,
    permission: "case.triage",
    arrays: ["coUnitIds"],
    done: "dispatch",
    act: (input, actor, ctx, row) => dispatchCase({ caseId: row.id, ...input }, actor, ctx),
    after: async (row) => {
      await notifyUnit(row.leadUnitId, row);
      await notifyCitizen(row, "dispatched");
    },
  });
}

export async function ruleOnDisputeAction(reference: string, _: ActionState, formData: FormData) {
  return runCaseAction(reference, formData, {
    schema: disputeRulingSchema,
    permission: "case.triage",
    arrays: ["coUnitIds"],
    done: "ruling",
    act: (input, actor, ctx, row) => ruleOnDispute({ caseId: row.id, ...input }, actor, ctx),
    after: (row) => notifyUnit(row.leadUnitId, row),
  });
}

export async function answerDirectlyAction(reference: string, _: ActionState, formData: FormData) {
  return runCaseAction(reference, formData, {
    schema: answerDirectlySchema,
    permission: "case.triage",
    done: "answer_directly",
    act: (input, actor, ctx, row) => answerDirectly({ caseId: row.id, answer: input.answer }, actor, ctx),
    after: (row) => notifyCitizen(row, "answered"),
  });
}

export async function redirectAction(reference: string, _: ActionState, formData: FormData) {
  return runCaseAction(reference, formData, {
    schema: redirectSchema,
    permission: "case.triage",
    done: "redirect",
    act: (input, actor, ctx, row) => redirectCase({ caseId: row.id, ...input }, actor, ctx),
    after: (row) => notifyCitizen(row, "redirected"),
  });
}

export async function mergeAction(reference: string, _: ActionState, formData: FormData) {
  return runCaseAction(reference, formData, {
    schema: mergeSchema,
    permission: "case.triage",
    done: "merge",
    act: (input, actor, ctx, row) => mergeCase({ caseId: row.id, intoReference: input.intoReference }, actor, ctx),
    after: (row) => notifyCitizen(row, "merged"),
  });
}

export async function signForAction(reference: string, _: ActionState, formData: FormData) {
  return runCaseAction(reference, formData, {
    schema: empty,
    permission: "case.handle",
    done: "sign_for",
    act: (_input, actor, ctx, row) => signFor(row.id, actor, ctx),
  });
}

export async function recordContactAction(reference: string, _: ActionState, formData: FormData) {
  return runCaseAction(reference, formData, {
    schema: noteSchema,
    permission: "case.handle",
    done: "record_contact",
    act: (input, actor, ctx, row) => recordContact(row.id, input.note, actor, ctx),
  });
}

export async function disputeAction(reference: string, _: ActionState, formData: FormData) {
  return runCaseAction(reference, formData, {
    schema: z.object({ reason: noteSchema.shape.note }),
    permission: "case.handle",
    done: "dispute",
    act: (input, actor, ctx, row) => disputeCase(row.id, input.reason, actor, ctx),
  });
}

export async function noteAction(reference: string, _: ActionState, formData: FormData) {
  return runCaseAction(reference, formData, {
    schema: noteSchema,
    permission: "case.handle",
    done: "add_note",
    act: (input, actor, ctx, row) =>
      addNote(row.id, input.note, actor, ctx, row.leadUnitId === actor.unitId ? "add_note" : "co_unit_input"),
  });
}

export async function awaitCitizenAction(reference: string, _: ActionState, formData: FormData) {
  return runCaseAction(reference, formData, {
    schema: noteSchema,
    permission: "case.handle",
    done: "await_citizen",
    act: (input, actor, ctx, row) => awaitCitizen(row.id, input.note, actor, ctx),
  });
}

export async function citizenRespondedAction(reference: string, _: ActionState, formData: FormData) {
  return runCaseAction(reference, formData, {
    schema: noteSchema,
    permission: "case.handle",
    done: "citizen_responded",
    act: (input, actor, ctx, row) => citizenResponded(row.id, input.note, actor, ctx),
  });
}

export async function requestExtensionAction(reference: string, _: ActionState, formData: FormData) {
  return runCaseAction(reference, formData, {
    schema: extensionRequestSchema,
    permission: "case.handle",
    done: "request_extension",
    act: (input, actor, ctx, row) => requestExtension({ caseId: row.id, ...input }, actor, ctx),
  });
}

export async function decideExtensionAction(reference: string, _: ActionState, formData: FormData) {
  return runCaseAction(reference, formData, {
    schema: extensionDecisionSchema,
    permission: "case.approve",
    done: "extension_decided",
    act: (input, actor, ctx, row) =>
      decideExtension({ caseId: row.id, approve: input.decision === "approve", note: input.note }, actor, ctx),
    after: async (row, input) => {
      if (input.decision === "approve") await notifyCitizen(row, "extended");
    },
  });
}

export async function replyAction(reference: string, _: ActionState, formData: FormData) {
  return runCaseAction(reference, formData, {
    schema: replySchema,
    permission: "case.handle",
    done: "reply",
    act: (input, actor, ctx, row) => replyToCase({ caseId: row.id, ...input }, actor, ctx),
    after: async (row) => {
      if (row.status === "replied") await notifyCitizen(row, "replied");
    },
  });
}

export async function approveReplyAction(reference: string, _: ActionState, formData: FormData) {
  return runCaseAction(reference, formData, {
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
    after: async (row) => {
      if (row.status === "replied") await notifyCitizen(row, "replied");
    },
  });
}
