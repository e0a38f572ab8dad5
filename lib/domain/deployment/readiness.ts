// Demo and production are two recipes. A production server refuses to start while anything of
// the demo could reach it; each refusal names its fix (README "Deploying").

export interface DeploymentFacts {
  authSecret: string | undefined;
  appUrl: string | undefined;
  /** MAILBOX_ENABLED=true was asked for: the development mailbox shows every message to anyone. */
  mailboxRequested: boolean;
  /** Accounts of the demo city (README "Demo accounts") found in the database. */
  demoAccounts: number;
  /** Active accounts whose password is the published demo password. */
  demoPasswordAccounts: number;
  /** The browser tests' hooks were switched on (E2E_HOOKS_TOKEN). */
  testHooks: boolean;
  /** CHECKPOINT_SIGNING_KEY is set and is an Ed25519 private key. */
  checkpointKey: "missing" | "invalid" | "ok";
}

export const READINESS_PROBLEMS = [
  "auth_secret_missing",
  "auth_secret_weak",
  "app_url_missing",
  "app_url_not_https",
  "mailbox_enabled",
  "demo_accounts",
  "demo_password",
  "test_hooks",
  "checkpoint_key_missing",
  "checkpoint_key_invalid",
] as const;
export type ReadinessProblem = (typeof READINESS_PROBLEMS)[number];

/** Secrets shipped in this repository's scripts and docs, or too short to resist guessing. */
export function isWeakSecret(secret: string): boolean {
  return secret.length < 32 || /not-for-production|changeme|example|secret123/i.test(secret);
}

export function readinessProblems(facts: DeploymentFacts): ReadinessProblem[] {
  const problems: ReadinessProblem[] = [];
  if (!facts.authSecret) problems.push("auth_secret_missing");
  else if (isWeakSecret(facts.authSecret)) problems.push("auth_secret_weak");
  if (!facts.appUrl) problems.push("app_url_missing");
  else if (!facts.appUrl.startsWith("https://")) problems.push("app_url_not_https");
  if (facts.mailboxRequested) problems.push("mailbox_enabled");
  if (facts.demoAccounts > 0) problems.push("demo_accounts");
  if (facts.demoPasswordAccounts > 0) problems.push("demo_password");
  if (facts.testHooks) problems.push("test_hooks");
  if (facts.checkpointKey !== "ok") problems.push(`checkpoint_key_${facts.checkpointKey}`);
  return problems;
}

/** What the operator reads in the server's output (not shown to the public). */
export const READINESS_FIXES: Record<ReadinessProblem, string> = {
  auth_secret_missing: "AUTH_SECRET is not set. Set it to a random value: `openssl rand -base64 48`.",
  auth_secret_weak:
    "AUTH_SECRET is shorter than 32 characters or is a value published with Answerable. Generate a new one: `openssl rand -base64 48`.",
  app_url_missing:
    "APP_URL is not set. Set it to the public https:// address of the portal; every mailed link starts with it.",
  app_url_not_https: "APP_URL must start with https:// in production: sign-in links and cookies travel over it.",
  mailbox_enabled:
    "MAILBOX_ENABLED=true would publish every outgoing message at /dev/mailbox. Remove it; set SMTP_URL to deliver mail.",
  demo_accounts:
    "The database holds the demo city's accounts (…@answerable.local). Production needs a database of its own: `npm run db:migrate` on an empty database, then `npm run admin:create`.",
  demo_password:
    "An account uses the published demo password. Reset that account's password (/admin/users) before going online.",
  test_hooks: "E2E_HOOKS_TOKEN switches on the browser tests' hooks. Remove it from the production environment.",
  checkpoint_key_missing:
    "CHECKPOINT_SIGNING_KEY is not set: the daily event-log checkpoints must be signed. Generate one: `openssl genpkey -algorithm ed25519 -outform DER | base64 -w0`, and keep it secret.",
  checkpoint_key_invalid:
    "CHECKPOINT_SIGNING_KEY is not an Ed25519 private key (base64 of PKCS#8 DER, or PEM). Generate one: `openssl genpkey -algorithm ed25519 -outform DER | base64 -w0`.",
};
