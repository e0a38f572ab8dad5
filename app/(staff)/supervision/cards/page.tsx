import Link from "next/link";
import { connection } from "next/server";
import { getTranslations } from "next-intl/server";
import { getDb } from "@/db/client";
import { listCards } from "@/db/queries/supervision";
import { requirePermission } from "@/lib/auth/session";
import { redactorFor } from "@/lib/domain/privacy/redaction";
import { CARD_KINDS } from "@/lib/domain/supervision/cards";
import { loadCalendar } from "@/lib/services/calendar/load-calendar";
import { CardTable } from "./card-table";

export async function generateMetadata() {
  return { title: (await getTranslations("cards"))("board.title") };
}

/** The supervisors' board of overdue cards, newest first, all units; titles without personal data. */
export default async function OverdueCardsBoard({ searchParams }: { searchParams: Promise<{ kind?: string }> }) {
  await connection();
  await requirePermission("supervision.view");
  const t = await getTranslations("cards");
  const { kind: asked } = await searchParams;
  const kind = CARD_KINDS.find((k) => k === asked);
  const [cards, calendar] = await Promise.all([listCards(await getDb(), { kind }), loadCalendar()]);
  const rows = cards.map(({ contact, title, ...card }) => ({
    ...card,
    title: title === null ? null : redactorFor(contact)(title),
  }));
  const filters = [
    { href: "/supervision/cards", label: t("board.all"), current: !kind },
    ...CARD_KINDS.map((k) => ({ href: `/supervision/cards?kind=${k}`, label: t(`kind.${k}`), current: kind === k })),
  ];
  return (
    <div className="space-y-6">
      <h1 className="text-3xl font-bold text-brand-900">{t("board.title")}</h1>
      <p className="text-slate-700">{t("board.lead")}</p>
      <nav aria-label={t("board.filter")}>
        <ul className="flex flex-wrap gap-3 text-sm">
          {filters.map((filter) => (
            <li key={filter.href}>
              <Link
                href={filter.href}
                aria-current={filter.current ? "page" : undefined}
                className={`rounded border px-3 py-1 ${filter.current ? "border-brand-700 ring-2 ring-brand-600" : "border-slate-300"}`}
              >
                {filter.label}
              </Link>
            </li>
          ))}
        </ul>
      </nav>
      <CardTable
        rows={rows}
        calendar={calendar}
        caption={t("board.caption")}
        show={["case", "title", "unit", "kind", "deadline", "due", "late", "issued"]}
      />
    </div>
  );
}
