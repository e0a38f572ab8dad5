import { getTranslations } from "next-intl/server";
import { getDb } from "@/db/client";
import { listRectifications } from "@/db/queries/rectifications";
import { loadCalendar } from "@/lib/services/calendar/load-calendar";
import { RectificationTable } from "../supervision/rectifications/rectification-table";

/** The rectifications the unit owes, for its desk: its head files the plan from their pages. */
export async function UnitRectifications({ unitId }: { unitId: number }) {
  const t = await getTranslations("rectifications");
  const db = await getDb();
  const [rows, calendar] = await Promise.all([listRectifications(db, { unitId, limit: 50 }), loadCalendar(db)]);
  return (
    <section aria-labelledby="unit-rectifications-heading" className="space-y-3">
      <h2 id="unit-rectifications-heading" className="text-lg font-semibold">
        {t("desk.heading")}
      </h2>
      <RectificationTable
        rows={rows}
        calendar={calendar}
        now={new Date()}
        caption={t("desk.caption")}
        empty={t("desk.empty")}
        show={["number", "cause", "due", "state"]}
        linkBase="/unit/rectifications"
      />
    </section>
  );
}
