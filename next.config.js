// @ts-check
const createNextIntlPlugin = require("next-intl/plugin");

const withNextIntl = createNextIntlPlugin("./lib/i18n/request.ts");

/** @type {import('next').NextConfig} */
const nextConfig = {
  // PGlite ships WASM and data files that must not be bundled, or every query fails at runtime.
  // rate-limiter-flexible loads drizzle-orm by a computed import() that a bundle cannot resolve.
  serverExternalPackages: ["@electric-sql/pglite", "pino", "nodemailer", "pg-boss", "rate-limiter-flexible"],
  // The browser tests build into a directory of their own (scripts/e2e-server.ts).
  distDir: process.env.NEXT_DIST_DIR || ".next",
  poweredByHeader: false,
  typedRoutes: false,
  experimental: {
    serverActions: { bodySizeLimit: "16mb" },
  },
};

module.exports = withNextIntl(nextConfig);
