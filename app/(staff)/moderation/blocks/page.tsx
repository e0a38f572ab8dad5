import Link from "next/link";
import { connection } from "next/server";
import { getLocale, getTimeZone, getTranslations } from "next-intl/server";
import { CaseActionForm } from "@/components/case-action-form";
import { type Column, DataTable } from "@/components/ui/data-table";
import { StatusMessage } from "@/components/ui/status-message";
import { getDb } from "@/db/client";
import { requirePermission } from "@/lib/auth/session";
import { BLOCK_KINDS } from "@/lib/domain/petitions/lifecycle";
import type { Locale } from "@/lib/i18n/locales";
import { listBlocks } from "@/lib/services/petitions/fraud";
import { addBlockAction, removeBlockAction } from "../actions";

export async function generateMetadata() {
  return { title: (await getTranslations("petitions"))("blocks.title") };
}

/** Block lists: signatures matching an entry are stored as fraudulent and never counted. */
export default async function BlocksPage({ searchParams }: { searchParams: Promise<{ done?: string }> }) {
  await connection();
  await requirePermission("petition.moderate");
  const t = await getTranslations("petitions");
  const locale = (await getLocale()) as Locale;
  const timeZone = await getTimeZone();
  const blocks = await listBlocks(await getDb());
  const { done } = await searchParams;
  const time = new Intl.DateTimeFormat(locale, { dateStyle: "medium", timeStyle: "short", timeZone });
  type Row = (typeof blocks)[number];
  const columns: Column<Row>[] = [
    { key: "kind", header: t("blocks.kind"), cell: (b) => t(`blocks.kinds.${b.kind}`) },
    { key: "pattern", header: t("blocks.pattern"), cell: (b) => <span className="font-mono">{b.pattern}</span> },
    { key: "note", header: t("moderation.note"), cell: (b) => b.note ?? "" },
    { key: "when", header: t("moderation.when"), cell: (b) => time.format(b.createdAt) },
    {
      key: "remove",
      header: t("blocks.remove"),
      cell: (b) => (
        <CaseActionForm
          title={t("blocks.removeTitle", { pattern: b.pattern })}
          fields={[]}
          action={removeBlockAction.bind(null, b.id)}
          submitLabel={t("blocks.remove")}
          pendingLabel={t("pending")}
        />
      ),
    },
  ];
  return (
    <div className="max-w-5xl space-y-6">
      <p>
        <Link href="/moderation" className="text-brand-700 underline">
          {t("moderation.back")}
        </Link>
      </p>
      <h1 className="text-3xl font-bold text-brand-900">{t("blocks.title")}</h1>
      <p className="text-slate-700">{t("blocks.lead")}</p>
      <StatusMessage>
        {done === "added" ? t("blocks.added") : done === "removed" ? t("blocks.removed") : null}
      </StatusMessage>
      <div className="max-w-xl">
        <CaseActionForm
          title={t("blocks.addTitle")}
          fields={[
            {
              kind: "radios",
              name: "kind",
              label: t("blocks.kind"),
              options: BLOCK_KINDS.map((k) => ({ value: k, label: t(`blocks.kinds.${k}`) })),
            },
            { kind: "text", name: "pattern", label: t("blocks.pattern") },
            { kind: "text", name: "note", label: t("moderation.note") },
          ]}
          action={addBlockAction}
          submitLabel={t("blocks.add")}
          pendingLabel={t("pending")}
        />
      </div>
      <DataTable
        caption={t("blocks.title")}
        columns={columns}
        rows={blocks}
        rowKey={(b) => b.id}
        empty={t("blocks.empty")}
      />
    </div>
  );
}
