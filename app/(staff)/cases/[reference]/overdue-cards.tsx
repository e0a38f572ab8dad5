import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { getDb } from "@/db/client";
import { listCardsOfCase } from "@/db/queries/supervision";
import { currentActor } from "@/lib/auth/session";
import { can } from "@/lib/domain/access/roles";
import { loadCalendar } from "@/lib/services/calendar/load-calendar";
import { CardTable } from "../../supervision/cards/card-table";

/**
 * The overdue cards a case has earned, for everyone who may read the case; a supervisor may issue
 * a supervision notice about the case from here.
 */
export async function OverdueCards({ caseId, reference }: { caseId: number; reference: string }) {
  const [t, tNotices] = await Promise.all([getTranslations("cards"), getTranslations("notices")]);
  const db = await getDb();
  const [cards, calendar, actor] = await Promise.all([listCardsOfCase(db, caseId), loadCalendar(db), currentActor()]);
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
      {actor && can(actor.role, "supervision.act") ? (
        <p>
          <Link
            href={`/supervision/notices/new?case=${encodeURIComponent(reference)}`}
            className="text-brand-700 underline"
          >
            {tNotices("fromCase")}
          </Link>
        </p>
      ) : null}
    </section>
  );
}
