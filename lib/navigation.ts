import type { Actor } from "@/lib/auth/session";
import { can } from "@/lib/domain/access/roles";

export type NavKey =
  | "home"
  | "fileCase"
  | "trackCase"
  | "transparency"
  | "myCases"
  | "desk"
  | "hotline"
  | "unitDesk"
  | "supervision"
  | "admin"
  | "observer"
  | "petitions"
  | "moderation"
  | "appraisals"
  | "mailbox";

/** The links a user sees follow the permissions table, never a separate list. */
export function navigationFor(actor: Actor | null, mailboxEnabled: boolean): { key: NavKey; href: string }[] {
  const links: { key: NavKey; href: string }[] = [{ key: "home", href: "/" }];
  // Citizens, guests and the dispatch centre file cases; everyone may track one and read the figures.
  if (!actor || can(actor.role, "case.file")) links.push({ key: "fileCase", href: "/file" });
  links.push(
    { key: "trackCase", href: "/track" },
    { key: "transparency", href: "/transparency" },
    { key: "petitions", href: "/petitions" },
  );
  if (actor && can(actor.role, "case.view_own")) links.push({ key: "myCases", href: "/my-cases" });
  // Citizens rate the departments that answered their cases (appraisal campaigns).
  if (actor && can(actor.role, "case.view_own")) links.push({ key: "appraisals", href: "/appraisals" });
  if (actor && can(actor.role, "case.triage")) links.push({ key: "desk", href: "/desk" });
  if (actor && can(actor.role, "desk.search")) links.push({ key: "hotline", href: "/desk/search" });
  if (actor && can(actor.role, "case.view_unit")) links.push({ key: "unitDesk", href: "/unit" });
  if (actor && can(actor.role, "supervision.view")) links.push({ key: "supervision", href: "/supervision" });
  if (actor && can(actor.role, "admin.manage")) links.push({ key: "admin", href: "/admin" });
  if (actor && can(actor.role, "case.view_redacted")) links.push({ key: "observer", href: "/observer" });
  if (actor && can(actor.role, "petition.moderate")) links.push({ key: "moderation", href: "/moderation" });
  if (mailboxEnabled) links.push({ key: "mailbox", href: "/dev/mailbox" });
  return links;
}
