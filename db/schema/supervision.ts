import { index, integer, pgEnum, pgTable, timestamp, unique } from "drizzle-orm/pg-core";
import { CARD_DEADLINES, CARD_KINDS } from "@/lib/domain/supervision/cards";
import { cases } from "./cases";
import { units } from "./organisation";

const tz = { withTimezone: true } as const;

export const cardKindEnum = pgEnum("card_kind", CARD_KINDS);
export const cardDeadlineEnum = pgEnum("card_deadline", CARD_DEADLINES);

/**
 * An overdue card (docs/rules.md#traffic-light): a supervision record that a unit missed one of a case's
 * deadlines by the policy's working days. Issued by the `supervision.cards` job, exactly once per
 * case, deadline, due date and kind; never updated, so later calendar or policy edits do not
 * rewrite a card already issued.
 */
export const supervisionCards = pgTable(
  "supervision_cards",
  {
    id: integer().primaryKey().generatedAlwaysAsIdentity(),
    caseId: integer()
      .notNull()
      .references(() => cases.id),
    /** The unit that held the case (its lead) when the card was issued. */
    unitId: integer()
      .notNull()
      .references(() => units.id),
    kind: cardKindEnum().notNull(),
    deadline: cardDeadlineEnum().notNull(),
    dueAt: timestamp(tz).notNull(),
    /** Working days the deadline was missed by when the card was issued. */
    workingDaysLate: integer().notNull(),
    issuedAt: timestamp(tz).notNull(),
  },
  (t) => [
    unique("supervision_cards_once").on(t.caseId, t.deadline, t.dueAt, t.kind),
    index("supervision_cards_unit_idx").on(t.unitId, t.issuedAt),
    index("supervision_cards_issued_idx").on(t.issuedAt),
  ],
);
