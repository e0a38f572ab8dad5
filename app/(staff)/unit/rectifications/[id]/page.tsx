import Link from "next/link";
import { notFound } from "next/navigation";
import { connection } from "next/server";
import { getTranslations } from "next-intl/server";
import { CaseActionForm } from "@/components/case-action-form";
import { StatusMessage } from "@/components/ui/status-message";
import { getDb } from "@/db/client";
import { findRectification } from "@/db/queries/rectifications";
import { requirePermission } from "@/lib/auth/session";
import { mayActOnRectification } from "@/lib/domain/supervision/rectifications";
import { loadCalendar } from "@/lib/services/calendar/load-calendar";
import { idSchema } from "@/lib/validation/common";
import { RectificationDetails } from "../../../supervision/rectifications/rectification-details";
import { filePlanAction, reportRectificationAction } from "../actions";

const DONE = ["planned", "reported"] as const;

export async function generateMetadata({ params }: { params: Promise<{ id: string }> }) {
  const id = idSchema.safeParse((await params).id);
  return { title: (await getTranslations("rectifications"))("number", { id: id.success ? id.data : 0 }) };
}

/** A rectification the reader's unit owes: its staff read it, its head files the plan and reports completion. */
export default async function UnitRectificationPage({
  params,
  searchParams,
}: {
  params: Promise<{ id: string }>;
  searchParams: Promise<{ done?: string }>;
}) {
  await connection();
  const actor = await requirePermission("case.view_unit");
  const parsed = idSchema.safeParse((await params).id);
  if (!parsed.success) notFound();
  const db = await getDb();
  const row = await findRectification(db, parsed.data);
  if (!row || row.unitId !== actor.unitId) notFound();
  const [t, calendar, { done }] = await Promise.all([
    getTranslations("rectifications"),
    loadCalendar(db),
    searchParams,
  ]);
  const doneKey = DONE.find((d) => d === done);
  const headMay = (action: "file_plan" | "report") => mayActOnRectification(actor, row, action);
  return (
    <div className="space-y-6">
      <p>
        <Link href="/unit" className="text-brand-700 underline">
          {t("detail.backToDesk")}
        </Link>
      </p>
      <h1 className="text-3xl font-bold text-brand-900">{t("number", { id: row.id })}</h1>
      <StatusMessage>{doneKey ? t(`done.${doneKey}`) : null}</StatusMessage>
      <RectificationDetails row={row} calendar={calendar} now={new Date()} />
      {headMay("file_plan") ? (
        <CaseActionForm
          title={t("plan.title")}
          description={t("plan.description")}
          action={filePlanAction.bind(null, row.id)}
          submitLabel={t("plan.submit")}
          pendingLabel={t("plan.pending")}
          fields={[
            { kind: "textarea", name: "plan", label: t("plan.plan"), rows: 6 },
            { kind: "date", name: "doneBy", label: t("plan.doneBy") },
          ]}
        />
      ) : headMay("report") ? (
        <CaseActionForm
          title={t("report.title")}
          description={t("report.description")}
          action={reportRectificationAction.bind(null, row.id)}
          submitLabel={t("report.submit")}
          pendingLabel={t("report.pending")}
          fields={[{ kind: "textarea", name: "report", label: t("report.report"), rows: 6 }]}
        />
      ) : row.status === "owed" || row.status === "planned" ? (
        <p className="text-slate-700">{t("onlyHead")}</p>
      ) : null}
    </div>
  );
}
