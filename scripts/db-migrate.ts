import "./load-env";
import { closeDb, getConnection } from "@/db/client";
import { migrateDatabase } from "@/db/migrate";

async function main() {
  await migrateDatabase();
  const { driver } = await getConnection();
  console.log(`Migrations applied (${driver}).`);
}

main()
  .catch((error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    process.exitCode = 1;
  })
  .finally(() => closeDb());
