import { defineConfig } from "drizzle-kit";

// Used only to generate migrations (`npm run db:generate -- --name what_changed`).
// Migrations are applied by scripts/db-migrate.ts on both PGlite and PostgreSQL.
export default defineConfig({
  dialect: "postgresql",
  schema: "./db/schema/index.ts",
  out: "./db/migrations",
  strict: true,
  casing: "snake_case",
});
