import { pgEnum } from "drizzle-orm/pg-core";
import { ROLES } from "@/lib/domain/access/roles";
import { CASE_EVENTS, CASE_STATUSES } from "@/lib/domain/cases/lifecycle";
import {
  CASE_TYPES,
  CHANNELS,
  CLOCK_KINDS,
  REDIRECT_CHANNELS,
  REPLY_OUTCOMES,
  SATISFACTION_LEVELS,
  UNIT_CLASSES,
} from "@/lib/domain/cases/vocabulary";

// Every enum is generated from the lists in lib/domain, so the database and the rules agree.
export const roleEnum = pgEnum("role", ROLES);
export const caseStatusEnum = pgEnum("case_status", CASE_STATUSES);
export const caseEventEnum = pgEnum("case_event", CASE_EVENTS);
export const caseTypeEnum = pgEnum("case_type", CASE_TYPES);
export const channelEnum = pgEnum("channel", CHANNELS);
export const clockKindEnum = pgEnum("clock_kind", CLOCK_KINDS);
export const replyOutcomeEnum = pgEnum("reply_outcome", REPLY_OUTCOMES);
export const satisfactionEnum = pgEnum("satisfaction", SATISFACTION_LEVELS);
export const redirectChannelEnum = pgEnum("redirect_channel", REDIRECT_CHANNELS);
export const unitClassEnum = pgEnum("unit_class", UNIT_CLASSES);
export const calendarDayKindEnum = pgEnum("calendar_day_kind", ["holiday", "workday"]);
