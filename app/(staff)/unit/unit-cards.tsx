import { getTranslations } from "next-intl/server";
import { getDb } from "@/db/client";
import { listCards } from "@/db/queries/supervision";
import { redactorFor } from "@/lib/domain/privacy/redaction";
import { loadCalendar } from "@/lib/services/calendar/load-calendar";
import { CardTable } from "../supervision/cards/card-table";

/** The unit's newest overdue cards, for its desk. */
export async function UnitCards({ unitId }: { unitId: number }) {
  const t = await getTranslations("cards");
  const db = await getDb();
  const [cards, calendar] = await Promise.all([listCards(db, { unitId, limit: 50 }), loadCalendar(db)]);
  // A whistle-blower report reaches its handlers without who filed it (docs/rules.md#privacy).
  const rows = cards.map(({ contact, title, ...card }) => ({
    ...card,
    title: title === null || card.accusedUnitId === null ? title : redactorFor(contact)(title),
  }));
  return (
    <section aria-labelledby="unit-cards-heading" className="space-y-3">
      <h2 id="unit-cards-heading" className="text-lg font-semibold">
        {t("desk.heading")}
      </h2>
      <CardTable
        rows={rows}
        calendar={calendar}
        caption={t("desk.caption")}
        show={["case", "title", "kind", "deadline", "due", "late", "issued"]}
      />
    </section>
  );
}
