// Scripts read the same .env files as the Next.js server, so both see one configuration.
import { loadEnvConfig } from "@next/env";

loadEnvConfig(process.cwd(), process.env.NODE_ENV !== "production");
