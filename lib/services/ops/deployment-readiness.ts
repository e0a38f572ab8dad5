import "server-only";
import { and, eq, inArray, isNotNull } from "drizzle-orm";
import type { Database } from "@/db/client";
import { users } from "@/db/schema";
import { DEMO_ACCOUNTS, DEMO_PASSWORD } from "@/db/seed/demo-accounts";
import { verifyPassword } from "@/lib/auth/password";
import { type DeploymentFacts, type ReadinessProblem, readinessProblems } from "@/lib/domain/deployment/readiness";
import type { Env } from "@/lib/env";
import { privateKeyFrom } from "@/lib/services/integrity/signing-key";

/** Checks every account with a password against the published demo password, a few at a time. */
async function countDemoPasswords(db: Database): Promise<number> {
  const rows = await db
    .select({ hash: users.passwordHash })
    .from(users)
    .where(and(eq(users.active, true), isNotNull(users.passwordHash)));
  let found = 0;
  for (let i = 0; i < rows.length; i += 4) {
    const batch = rows.slice(i, i + 4);
    const matches = await Promise.all(batch.map((row) => verifyPassword(DEMO_PASSWORD, row.hash ?? "")));
    found += matches.filter(Boolean).length;
  }
  return found;
}

function checkpointKeyState(value: string | undefined): DeploymentFacts["checkpointKey"] {
  if (!value) return "missing";
  try {
    return privateKeyFrom(value).asymmetricKeyType === "ed25519" ? "ok" : "invalid";
  } catch {
    return "invalid";
  }
}

/** What stands between this database and environment and a production server. */
export async function deploymentProblems(db: Database, environment: Env): Promise<ReadinessProblem[]> {
  const demoAccounts = await db
    .select({ id: users.id })
    .from(users)
    .where(
      inArray(
        users.email,
        DEMO_ACCOUNTS.map((account) => account.email),
      ),
    );
  const facts: DeploymentFacts = {
    authSecret: environment.AUTH_SECRET,
    appUrl: environment.APP_URL,
    mailboxRequested: environment.MAILBOX_ENABLED === true,
    demoAccounts: demoAccounts.length,
    demoPasswordAccounts: await countDemoPasswords(db),
    testHooks: Boolean(environment.E2E_HOOKS_TOKEN),
    checkpointKey: checkpointKeyState(environment.CHECKPOINT_SIGNING_KEY),
  };
  return readinessProblems(facts);
}
