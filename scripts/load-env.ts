// Scripts read the same .env files as the Next.js server, so both see one configuration.
// Scripts are server code: the "server-only" marker must not stop them (scripts/server-only-shim.cjs).
import "./server-only-shim.cjs";
import { loadEnvConfig } from "@next/env";

loadEnvConfig(process.cwd(), process.env.NODE_ENV !== "production");
