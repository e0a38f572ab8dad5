import { getTranslations } from "next-intl/server";
import { getDb } from "@/db/client";
import { listNotices } from "@/db/queries/supervision-notices";
import { loadCalendar } from "@/lib/services/calendar/load-calendar";
import { NoticeTable } from "../supervision/notices/notice-table";

/** The supervision notices to the unit, for its desk: its head answers them from their pages. */
export async function UnitNotices({ unitId }: { unitId: number }) {
  const t = await getTranslations("notices");
  const db = await getDb();
  const [notices, calendar] = await Promise.all([listNotices(db, { unitId, limit: 50 }), loadCalendar(db)]);
  return (
    <section aria-labelledby="unit-notices-heading" className="space-y-3">
      <h2 id="unit-notices-heading" className="text-lg font-semibold">
        {t("desk.heading")}
      </h2>
      <NoticeTable
        rows={notices}
        calendar={calendar}
        now={new Date()}
        caption={t("desk.caption")}
        show={["number", "level", "subject", "issued", "due", "state"]}
        linkBase="/unit/notices"
      />
    </section>
  );
}
