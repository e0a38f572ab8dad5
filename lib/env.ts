import path from "node:path";
import { z } from "zod";
import { parseTrustedProxies } from "./domain/limits/client-address";

// The environment, parsed once. Every variable is documented in README.md.
const booleanFlag = z
  .enum(["true", "false", "1", "0", ""])
  .optional()
  .transform((v) => (v === undefined || v === "" ? undefined : v === "true" || v === "1"));

const envSchema = z.object({
  NODE_ENV: z.enum(["development", "production", "test"]).default("development"),
  // `npm run demo` sets "demo": demo accounts, the development mailbox, bound to localhost only.
  ANSWERABLE_MODE: z.enum(["demo", "production"]).optional(),
  DATABASE_URL: z
    .string()
    .regex(/^postgres(ql)?:\/\//, "must be a postgres:// or postgresql:// URL")
    .optional()
    .or(z.literal("").transform(() => undefined)),
  // The owner's address for migrations, when the app's own user may not change the schema.
  MIGRATION_DATABASE_URL: z
    .string()
    .regex(/^postgres(ql)?:\/\//, "must be a postgres:// or postgresql:// URL")
    .optional()
    .or(z.literal("").transform(() => undefined)),
  // The role the app assumes on every connection; "" keeps the login user's own rights.
  DATABASE_ROLE: z.string().default("answerable_app"),
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
  // Days a message stays in the outbox (its body is dropped at delivery); then it is deleted.
  MAIL_RETENTION_DAYS: z.coerce.number().int().min(1).max(3650).default(30),
  LOG_LEVEL: z.enum(["fatal", "error", "warn", "info", "debug", "trace", "silent"]).default("info"),
  // Proxies (CIDR or addresses, comma-separated) whose X-Forwarded-For is believed; none by default.
  TRUSTED_PROXIES: z
    .string()
    .default("")
    .refine((value) => {
      try {
        parseTrustedProxies(value);
        return true;
      } catch {
        return false;
      }
    }, "must be comma-separated addresses or CIDR ranges such as 10.0.0.0/8, ::1"),
  PORT: z.coerce.number().int().min(1).max(65535).default(3000),
  RATE_LIMITS_DISABLED: booleanFlag,
  // Where the rate limits are counted when not in the database: redis://host:6379 (lib/http/limiter-store.ts).
  REDIS_URL: z.string().url().optional(),
  SEED_CASES: z.coerce.number().int().min(0).max(2_000_000).default(5000),
  SEED_NOW: z.string().datetime({ offset: true }).optional(),
  // The city's Ed25519 key for the daily event-log checkpoints (docs/integrity.md); required in production.
  CHECKPOINT_SIGNING_KEY: z.string().min(40).optional(),
  // The filing form's map (docs/maps.md): a tile URL template ({s} {z} {x} {y}), "" for no tiles.
  MAP_TILE_URL: z.string().default("https://tile.openstreetmap.org/{z}/{x}/{y}.png"),
  MAP_TILE_ATTRIBUTION: z
    .string()
    .default('&copy; <a href="https://www.openstreetmap.org/copyright">OpenStreetMap</a> contributors'),
  // Where the map opens when no pin is placed: "latitude,longitude" (WGS84); the demo city by default.
  MAP_CENTRE: z
    .string()
    .regex(/^-?\d{1,2}(\.\d+)?,-?\d{1,3}(\.\d+)?$/, "must be latitude,longitude such as 30.59,114.30")
    .default("30.59,114.30"),
  // Set only by the browser tests' server: switches on their hooks (refused in production).
  E2E_HOOKS_TOKEN: z.string().min(16).optional(),
  // Set by `npm start` (scripts/serve.ts): the proof that its client-address header is its own.
  ANSWERABLE_CLIENT_PROOF: z.string().min(16).optional(),
});

export type Env = z.infer<typeof envSchema> & {
  pgliteDir: string;
  /** The demo recipe: `npm run demo`, `npm run dev`, the browser tests and the benchmarks. */
  demo: boolean;
  mailboxEnabled: boolean;
  /** The public address mailed links start with: APP_URL, else this machine (demo only). */
  appUrl: string;
};

function parseEnv(source: NodeJS.ProcessEnv): Env {
  const result = envSchema.safeParse(source);
  if (!result.success) {
    const lines = result.error.issues.map((issue) => `  ${issue.path.join(".")}: ${issue.message}`);
    throw new Error(`Invalid environment:\n${lines.join("\n")}\nSee the table of variables in README.md.`);
  }
  const env = result.data;
  const demo = env.ANSWERABLE_MODE ? env.ANSWERABLE_MODE === "demo" : env.NODE_ENV !== "production";
  return {
    ...env,
    pgliteDir: path.resolve(/*turbopackIgnore: true*/ process.cwd(), env.PGLITE_DIR),
    demo,
    // The development mailbox shows every message to anyone: the demo only, never production.
    mailboxEnabled: demo && env.MAILBOX_ENABLED !== false,
    appUrl: (env.APP_URL ?? `http://localhost:${env.PORT}`).replace(/\/+$/, ""),
  };
}

let cached: Env | undefined;

export function env(): Env {
  cached ??= parseEnv(process.env);
  return cached;
}
