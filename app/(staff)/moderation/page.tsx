import Link from "next/link";
import { connection } from "next/server";
import { getLocale, getTimeZone, getTranslations } from "next-intl/server";
import { type Column, DataTable } from "@/components/ui/data-table";
import { getDb } from "@/db/client";
import { listOpenPetitionsForModerators, moderationQueue } from "@/db/queries/petitions";
import { requirePermission } from "@/lib/auth/session";
import { moderationMark } from "@/lib/domain/petitions/moderation-queue";
import type { Locale } from "@/lib/i18n/locales";

export async function generateMetadata() {
  return { title: (await getTranslations("petitions"))("moderation.title") };
}

const MARK_STYLE = {
  on_time: "text-slate-800",
  nearly_overdue: "font-semibold text-amber-800",
  overdue: "font-semibold text-red-800",
} as const;

/** The moderators' queue (nearly overdue and overdue marked), flagged petitions and open ones. */
export default async function ModerationPage() {
  await connection();
  await requirePermission("petition.moderate");
  const t = await getTranslations("petitions");
  const locale = (await getLocale()) as Locale;
  const timeZone = await getTimeZone();
  const db = await getDb();
  const [queue, open] = await Promise.all([moderationQueue(db), listOpenPetitionsForModerators(db)]);
  const now = new Date();
  const time = new Intl.DateTimeFormat(locale, { dateStyle: "medium", timeStyle: "short", timeZone });
  const number = new Intl.NumberFormat(locale);
  type QueueRow = (typeof queue)[number];
  const queueColumns: Column<QueueRow>[] = [
    {
      key: "title",
      header: t("moderation.petition"),
      cell: (p) => (
        <Link href={`/moderation/${p.id}`} className="text-brand-700 underline">
          {p.title}
        </Link>
      ),
    },
    {
      key: "status",
      header: t("moderation.status"),
      cell: (p) => (p.flaggedAt ? `${t(`status.${p.status}`)} · ${t("moderation.flagged")}` : t(`status.${p.status}`)),
    },
    {
      key: "submitted",
      header: t("moderation.submitted"),
      cell: (p) => (p.submittedAt ? time.format(p.submittedAt) : "—"),
    },
    {
      key: "due",
      header: t("moderation.due"),
      cell: (p) => {
        if (p.status !== "moderation" || !p.moderationDueAt || !p.moderationWarnAt) return "—";
        const mark = moderationMark(now, p.moderationDueAt, p.moderationWarnAt);
        return (
          <span className={MARK_STYLE[mark]}>
            {time.format(p.moderationDueAt)} · {t(`moderation.mark.${mark}`)}
          </span>
        );
      },
    },
  ];
  type OpenRow = (typeof open)[number];
  const openColumns: Column<OpenRow>[] = [
    {
      key: "title",
      header: t("moderation.petition"),
      cell: (p) => (
        <Link href={`/moderation/${p.id}`} className="text-brand-700 underline">
          {p.title}
        </Link>
      ),
    },
    { key: "count", header: t("page.signaturesHeader"), numeric: true, cell: (p) => number.format(p.signatureCount) },
    { key: "closes", header: t("moderation.closes"), cell: (p) => (p.closesAt ? time.format(p.closesAt) : "—") },
  ];
  return (
    <div className="space-y-8">
      <header className="space-y-2">
        <h1 className="text-3xl font-bold text-brand-900">{t("moderation.title")}</h1>
        <p className="text-slate-700">{t("moderation.lead")}</p>
        <p>
          <Link href="/moderation/blocks" className="text-brand-700 underline">
            {t("blocks.title")}
          </Link>
        </p>
      </header>
      <section aria-labelledby="queue-heading" className="space-y-2">
        <h2 id="queue-heading" className="text-xl font-semibold">
          {t("moderation.queueTitle")}
        </h2>
        <DataTable
          caption={t("moderation.queueTitle")}
          columns={queueColumns}
          rows={queue}
          rowKey={(p) => p.id}
          empty={t("moderation.queueEmpty")}
        />
      </section>
      <section aria-labelledby="open-heading" className="space-y-2">
        <h2 id="open-heading" className="text-xl font-semibold">
          {t("moderation.openTitle")}
        </h2>
        <DataTable
          caption={t("moderation.openTitle")}
          columns={openColumns}
          rows={open}
          rowKey={(p) => p.id}
          empty={t("list.empty")}
        />
      </section>
    </div>
  );
}
