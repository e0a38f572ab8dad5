import { getTranslations } from "next-intl/server";
import { getDb } from "@/db/client";
import { listCardsOfCase } from "@/db/queries/supervision";
import { loadCalendar } from "@/lib/services/calendar/load-calendar";
import { CardTable } from "../../supervision/cards/card-table";

/** The overdue cards a case has earned, for everyone who may read the case. */
export async function OverdueCards({ caseId }: { caseId: number }) {
  const t = await getTranslations("cards");
  const db = await getDb();
  const [cards, calendar] = await Promise.all([listCardsOfCase(db, caseId), loadCalendar(db)]);
  if (cards.length === 0) return null;
  return (
    <section aria-labelledby="overdue-cards-heading" className="space-y-2">
      <h2 id="overdue-cards-heading" className="text-xl font-semibold">
        {t("case.heading")}
      </h2>
      <CardTable
        rows={cards}
        calendar={calendar}
        caption={t("case.caption")}
        show={["kind", "deadline", "due", "late", "unit", "issued"]}
      />
    </section>
  );
}
