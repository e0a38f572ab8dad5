import { connection } from "next/server";
import { getTranslations } from "next-intl/server";
import { getDb } from "@/db/client";
import { listRectifications } from "@/db/queries/rectifications";
import { requirePermission } from "@/lib/auth/session";
import { loadCalendar } from "@/lib/services/calendar/load-calendar";
import { RectificationTable } from "./rectification-table";

export async function generateMetadata() {
  return { title: (await getTranslations("rectifications"))("board.title") };
}

/** Every unit's rectifications, for the supervisors (and observers). */
export default async function SupervisionRectificationsPage() {
  await connection();
  await requirePermission("supervision.view");
  const db = await getDb();
  const [t, rows, calendar] = await Promise.all([
    getTranslations("rectifications"),
    listRectifications(db, { limit: 200 }),
    loadCalendar(db),
  ]);
  return (
    <div className="space-y-6">
      <h1 className="text-3xl font-bold text-brand-900">{t("board.title")}</h1>
      <p className="max-w-prose text-slate-700">{t("board.lead")}</p>
      <RectificationTable
        rows={rows}
        calendar={calendar}
        now={new Date()}
        caption={t("board.caption")}
        empty={t("board.empty")}
        show={["number", "unit", "cause", "due", "state"]}
        linkBase="/supervision/rectifications"
      />
    </div>
  );
}
