import Link from "next/link";
import { connection } from "next/server";
import { getTranslations } from "next-intl/server";
import { getDb } from "@/db/client";
import { listNotices } from "@/db/queries/supervision-notices";
import { requirePermission } from "@/lib/auth/session";
import { can } from "@/lib/domain/access/roles";
import { loadCalendar } from "@/lib/services/calendar/load-calendar";
import { NoticeTable } from "./notice-table";

export async function generateMetadata() {
  return { title: (await getTranslations("notices"))("title") };
}

/** The supervisors' list of supervision notices, newest first, all units. */
export default async function SupervisionNoticesPage() {
  await connection();
  const actor = await requirePermission("supervision.view");
  const t = await getTranslations("notices");
  const [notices, calendar] = await Promise.all([listNotices(await getDb()), loadCalendar()]);
  return (
    <div className="space-y-6">
      <h1 className="text-3xl font-bold text-brand-900">{t("title")}</h1>
      <p className="text-slate-700">{t("lead")}</p>
      {can(actor.role, "supervision.act") ? (
        <p>
          <Link
            href="/supervision/notices/new"
            className="inline-block rounded bg-brand-700 px-4 py-2 font-medium text-white hover:bg-brand-800"
          >
            {t("new")}
          </Link>
        </p>
      ) : null}
      <NoticeTable
        rows={notices}
        calendar={calendar}
        now={new Date()}
        caption={t("caption")}
        show={["number", "unit", "level", "subject", "issued", "due", "state", "escalated"]}
        linkBase="/supervision/notices"
      />
    </div>
  );
}
