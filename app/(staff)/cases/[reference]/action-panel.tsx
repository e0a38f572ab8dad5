import { getLocale, getTranslations } from "next-intl/server";
import { type ActionField, CaseActionForm, type CaseFormAction } from "@/components/case-action-form";
import { getDb } from "@/db/client";
import { listActiveUnits } from "@/db/queries/metrics";
import type { Actor } from "@/lib/auth/session";
import { mayDispatchTo } from "@/lib/domain/access/case-access";
import { UNIT_ROLES, can } from "@/lib/domain/access/roles";
import { disputeRefusal } from "@/lib/domain/cases/dispute-window";
import { type CaseEvent, allowedEvents, mayFire } from "@/lib/domain/cases/lifecycle";
import { REDIRECT_CHANNELS, REPLY_OUTCOMES } from "@/lib/domain/cases/vocabulary";
import type { Locale } from "@/lib/i18n/locales";
import { localized } from "@/lib/i18n/localized";
import { pendingExtension } from "@/lib/services/cases/extensions";
import { pendingReplyDraft } from "@/lib/services/cases/unit-handling";
import { suggestRouting } from "@/lib/services/cases/suggest-routing";
import { loadCalendar } from "@/lib/services/calendar/load-calendar";
import type { CaseRow } from "@/lib/services/cases/transition";
import * as actions from "./actions";
import { KnowledgeSuggestions } from "./knowledge-suggestions";

interface Props {
  actor: Actor;
  row: CaseRow;
  coUnitIds: number[];
}

/** The forms this user may use on this case now: the transition table decides, not the page. */
export async function ActionPanel({ actor, row, coUnitIds }: Props) {
  const t = await getTranslations("workflow");
  const tc = await getTranslations();
  const locale = (await getLocale()) as Locale;
  const db = await getDb();
  const isLead = actor.unitId !== null && actor.unitId === row.leadUnitId;
  const isCoUnit = actor.unitId !== null && coUnitIds.includes(actor.unitId);
  const unitActor = UNIT_ROLES.has(actor.role);
  const possible = new Set(allowedEvents(row.status).filter((event) => mayFire(actor.role, event)));
  // Unit staff act only on their own cases; co-units only send input to the lead.
  const may = (event: CaseEvent) =>
    possible.has(event) && (!unitActor || isLead || (isCoUnit && event === "co_unit_input"));

  const bind = (
    action: (reference: string, state: Parameters<CaseFormAction>[0], formData: FormData) => ReturnType<CaseFormAction>,
  ) => action.bind(null, row.reference);
  const pending = t("pending");
  const forms: {
    key: string;
    title: string;
    description?: string;
    fields: ActionField[];
    action: CaseFormAction;
    submit: string;
    initialValues?: Record<string, string | string[]>;
  }[] = [];

  if (can(actor.role, "case.triage") && (may("dispatch") || may("reassign"))) {
    const unitRows = await listActiveUnits(db);
    // The unit a report accuses is never offered (the service refuses it too).
    const unitOptions = unitRows
      .filter((u) => mayDispatchTo(u.id, row))
      .map((u) => ({ value: String(u.id), label: localized(locale, u.nameZh, u.nameEn) }));
    const routing: ActionField[] = [
      {
        kind: "select",
        name: "leadUnitId",
        label: t("fields.leadUnit"),
        options: unitOptions,
        placeholder: t("fields.choose"),
      },
      { kind: "checkboxes", name: "coUnitIds", label: t("fields.coUnits"), options: unitOptions },
      { kind: "textarea", name: "note", label: t("fields.noteOptional") },
    ];
    if (may("dispatch")) {
      // The catalogue's answer to "where would this go?", as a starting point the operator can change.
      const suggestion = await suggestRouting(db, row, await loadCalendar(db));
      forms.push({
        key: "dispatch",
        title: t("dispatch.title"),
        description: suggestion ? t("dispatch.suggested") : t("dispatch.noSuggestion"),
        fields: routing,
        action: bind(actions.dispatchAction),
        submit: t("dispatch.submit"),
        initialValues: suggestion
          ? { leadUnitId: String(suggestion.leadUnitId), coUnitIds: suggestion.coUnitIds.map(String) }
          : undefined,
      });
    }
    if (may("reassign")) {
      forms.push({
        key: "ruling",
        title: t("ruling.title"),
        description: t("ruling.description"),
        fields: [
          {
            kind: "radios",
            name: "ruling",
            label: t("fields.ruling"),
            options: (["reassign", "designate"] as const).map((r) => ({ value: r, label: t(`ruling.${r}`) })),
          },
          ...routing,
        ],
        action: bind(actions.ruleOnDisputeAction),
        submit: t("ruling.submit"),
      });
    }
  }
  if (may("answer_directly") && row.type === "inquiry") {
    forms.push({
      key: "answer",
      title: t("answer.title"),
      fields: [{ kind: "textarea", name: "answer", label: t("fields.answer"), rows: 5 }],
      action: bind(actions.answerDirectlyAction),
      submit: t("answer.submit"),
    });
  }
  if (may("redirect")) {
    forms.push({
      key: "redirect",
      title: t("redirect.title"),
      fields: [
        {
          kind: "select",
          name: "channel",
          label: t("fields.channel"),
          options: REDIRECT_CHANNELS.map((c) => ({ value: c, label: t(`redirectChannel.${c}`) })),
          placeholder: t("fields.choose"),
        },
        {
          kind: "select",
          name: "reasonCode",
          label: t("fields.reasonCode"),
          options: (["outside_remit", "court_matter", "other_authority", "emergency"] as const).map((c) => ({
            value: c,
            label: t(`reasonCode.${c}`),
          })),
          placeholder: t("fields.choose"),
        },
        { kind: "textarea", name: "note", label: t("fields.explanation") },
      ],
      action: bind(actions.redirectAction),
      submit: t("redirect.submit"),
    });
  }
  if (may("merge")) {
    forms.push({
      key: "merge",
      title: t("merge.title"),
      fields: [{ kind: "text", name: "intoReference", label: t("fields.intoReference") }],
      action: bind(actions.mergeAction),
      submit: t("merge.submit"),
    });
  }
  if (may("sign_for"))
    forms.push({
      key: "sign_for",
      title: t("signFor.title"),
      description: t("signFor.description"),
      fields: [],
      action: bind(actions.signForAction),
      submit: t("signFor.submit"),
    });
  if (may("record_contact"))
    forms.push({
      key: "contact",
      title: t("contact.title"),
      fields: [{ kind: "textarea", name: "note", label: t("fields.contactNote") }],
      action: bind(actions.recordContactAction),
      submit: t("contact.submit"),
    });
  if (may("reply") || may("submit_reply")) {
    forms.push({
      key: "reply",
      title: t("reply.title"),
      fields: [
        {
          kind: "radios",
          name: "outcome",
          label: t("fields.outcome"),
          options: REPLY_OUTCOMES.map((o) => ({ value: o, label: tc(`outcome.${o}`) })),
        },
        { kind: "textarea", name: "text", label: t("fields.replyText"), rows: 6 },
        { kind: "textarea", name: "legalBasis", label: t("fields.legalBasis") },
        { kind: "textarea", name: "nextSteps", label: t("fields.nextSteps") },
      ],
      action: bind(actions.replyAction),
      submit: t("reply.submit"),
    });
  }
  if (may("approve_reply")) {
    const draft = await pendingReplyDraft(db, row.id);
    forms.push({
      key: "approve_reply",
      title: t("approveReply.title"),
      description: draft
        ? t("approveReply.draft", { outcome: tc(`outcome.${draft.replyOutcome}`), text: draft.replyText })
        : undefined,
      fields: [
        {
          kind: "radios",
          name: "decision",
          label: t("fields.decision"),
          options: [
            { value: "approve", label: t("approveReply.approve") },
            { value: "return", label: t("approveReply.return") },
          ],
        },
        { kind: "textarea", name: "note", label: t("fields.noteOptional") },
      ],
      action: bind(actions.approveReplyAction),
      submit: t("approveReply.submit"),
    });
  }
  if (may("await_citizen"))
    forms.push({
      key: "await",
      title: t("await.title"),
      description: t("await.description"),
      fields: [{ kind: "textarea", name: "note", label: t("fields.whatIsNeeded") }],
      action: bind(actions.awaitCitizenAction),
      submit: t("await.submit"),
    });
  if (may("citizen_responded"))
    forms.push({
      key: "responded",
      title: t("responded.title"),
      fields: [{ kind: "textarea", name: "note", label: t("fields.note") }],
      action: bind(actions.citizenRespondedAction),
      submit: t("responded.submit"),
    });

  const extension = await pendingExtension(row.id, { db });
  if (may("request_extension") && !extension) {
    forms.push({
      key: "extension",
      title: t("extension.title"),
      fields: [
        { kind: "number", name: "amount", label: t("fields.extensionAmount"), min: 1, max: 90 },
        { kind: "textarea", name: "reason", label: t("fields.reason") },
      ],
      action: bind(actions.requestExtensionAction),
      submit: t("extension.submit"),
    });
  }
  if (may("approve_extension") && extension) {
    forms.push({
      key: "extension_decision",
      title: t("extensionDecision.title"),
      description: t("extensionDecision.description", { amount: extension.amount, reason: extension.reason }),
      fields: [
        {
          kind: "radios",
          name: "decision",
          label: t("fields.decision"),
          options: [
            { value: "approve", label: t("extensionDecision.approve") },
            { value: "refuse", label: t("extensionDecision.refuse") },
          ],
        },
        { kind: "textarea", name: "note", label: t("fields.noteOptional") },
      ],
      action: bind(actions.decideExtensionAction),
      submit: t("extensionDecision.submit"),
    });
  }
  const disputeOpen =
    disputeRefusal({ designated: row.designated, disputeDueAt: row.disputeDueAt, now: new Date() }) === null;
  if (may("dispute") && disputeOpen)
    forms.push({
      key: "dispute",
      title: t("dispute.title"),
      description: t("dispute.description"),
      fields: [{ kind: "textarea", name: "reason", label: t("fields.reason") }],
      action: bind(actions.disputeAction),
      submit: t("dispute.submit"),
    });
  if (unitActor && (may("add_note") || may("co_unit_input"))) {
    forms.push({
      key: "note",
      title: isLead ? t("note.title") : t("note.coUnitTitle"),
      fields: [{ kind: "textarea", name: "note", label: t("fields.note") }],
      action: bind(actions.noteAction),
      submit: t("note.submit"),
    });
  }

  const answering = forms.some((form) => form.key === "answer");
  if (forms.length === 0) return null;
  return (
    <section aria-labelledby="actions-heading" className="space-y-3">
      <h2 id="actions-heading" className="text-xl font-semibold">
        {t("title")}
      </h2>
      {answering ? <KnowledgeSuggestions query={`${row.title} ${row.description}`} /> : null}
      <div className="grid gap-4 lg:grid-cols-2">
        {forms.map((form) => (
          <CaseActionForm
            key={form.key}
            title={form.title}
            description={form.description}
            fields={form.fields}
            action={form.action}
            submitLabel={form.submit}
            pendingLabel={pending}
            initialValues={form.initialValues}
          />
        ))}
      </div>
    </section>
  );
}
