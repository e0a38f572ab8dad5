import path from "node:path";
import { z } from "zod";

// The environment, parsed once. Every variable is documented in README.md.
const booleanFlag = z
  .enum(["true", "false", "1", "0", ""])
  .optional()
  .transform((v) => (v === undefined || v === "" ? undefined : v === "true" || v === "1"));

const envSchema = z.object({
  NODE_ENV: z.enum(["development", "production", "test"]).default("development"),
  DATABASE_URL: z
    .string()
    .regex(/^postgres(ql)?:\/\//, "must be a postgres:// or postgresql:// URL")
    .optional()
    .or(z.literal("").transform(() => undefined)),
  PGLITE_DIR: z.string().min(1).default(".data/pglite"),
  AUTH_SECRET: z.string().min(16, "must be at least 16 characters").optional(),
  APP_URL: z
    .string()
    .url("must be a URL such as https://answerable.example.gov")
    .optional()
    .or(z.literal("").transform(() => undefined)),
  SMTP_URL: z
    .string()
    .regex(/^smtps?:\/\//, "must be an smtp:// or smtps:// URL")
    .optional()
    .or(z.literal("").transform(() => undefined)),
  MAIL_FROM: z.string().min(3).default("Answerable <no-reply@answerable.local>"),
  MAILBOX_ENABLED: booleanFlag,
  LOG_LEVEL: z.enum(["fatal", "error", "warn", "info", "debug", "trace", "silent"]).default("info"),
  TRUSTED_PROXY_HEADER: z
    .string()
    .min(1)
    .default("x-forwarded-for")
    .transform((v) => v.toLowerCase()),
  RATE_LIMITS_DISABLED: booleanFlag,
  SEED_CASES: z.coerce.number().int().min(0).max(2_000_000).default(5000),
  SEED_NOW: z.string().datetime({ offset: true }).optional(),
  // Set by `npm start` (scripts/serve.ts): how many worker processes share the limits.
  ANSWERABLE_WORKERS: z.coerce.number().int().min(1).max(64).default(1),
});

export type Env = z.infer<typeof envSchema> & { pgliteDir: string; mailboxEnabled: boolean };

function parseEnv(source: NodeJS.ProcessEnv): Env {
  const result = envSchema.safeParse(source);
  if (!result.success) {
    const lines = result.error.issues.map((issue) => `  ${issue.path.join(".")}: ${issue.message}`);
    throw new Error(`Invalid environment:\n${lines.join("\n")}\nSee the table of variables in README.md.`);
  }
  const env = result.data;
  return {
    ...env,
    pgliteDir: path.resolve(/*turbopackIgnore: true*/ process.cwd(), env.PGLITE_DIR),
    // The development mailbox is on outside production, and in production only when asked for.
    mailboxEnabled: env.MAILBOX_ENABLED ?? env.NODE_ENV !== "production",
  };
}

let cached: Env | undefined;

export function env(): Env {
  cached ??= parseEnv(process.env);
  return cached;
}
