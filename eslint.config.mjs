import nextCoreWebVitals from "eslint-config-next/core-web-vitals";
import nextTypescript from "eslint-config-next/typescript";
import prettier from "eslint-config-prettier/flat";

const config = [
  {
    ignores: [
      ".next/**",
      ".next-*/**",
      ".next-bench/**",
      "node_modules/**",
      ".data/**",
      "db/migrations/**",
      "test-results/**",
      "playwright-report/**",
      "next-env.d.ts",
    ],
  },
  ...nextCoreWebVitals,
  ...nextTypescript,
  prettier,
  {
    rules: {
      "@typescript-eslint/no-explicit-any": "error",
      "@typescript-eslint/ban-ts-comment": "error",
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_", varsIgnorePattern: "^_" }],
    },
  },
  { files: ["next.config.js"], rules: { "@typescript-eslint/no-require-imports": "off" } },
  {
    // lib/domain holds pure business rules: no framework, no database, no environment, no clock.
    files: ["lib/domain/**/*.ts"],
    rules: {
      "no-restricted-imports": [
        "error",
        {
          patterns: [
            {
              group: ["next", "next/*", "next-auth", "next-auth/*", "next-intl", "next-intl/*"],
              message: "lib/domain is framework-free.",
            },
            { group: ["react", "react-dom", "react/*"], message: "lib/domain is framework-free." },
            {
              group: ["@/db", "@/db/*", "**/db/**", "drizzle-orm", "drizzle-orm/*", "postgres", "@electric-sql/*"],
              message: "lib/domain must not touch the database.",
            },
            { group: ["@/lib/*", "!@/lib/domain", "!@/lib/domain/*"], message: "lib/domain imports only itself." },
            {
              group: ["@/app/*", "@/components/*", "**/services/**", "**/actions/**", "**/http/**", "**/auth/**"],
              message: "lib/domain imports only itself.",
            },
            {
              group: ["node:*", "fs", "path", "crypto"],
              message: "lib/domain is pure: pass what you need as arguments.",
            },
          ],
        },
      ],
      "no-restricted-globals": ["error", { name: "process", message: "lib/domain must not read the environment." }],
      "no-restricted-syntax": [
        "error",
        {
          selector: "CallExpression[callee.object.name='Date'][callee.property.name='now']",
          message: "Pass the clock in: no Date.now() in lib/domain.",
        },
        {
          selector: "NewExpression[callee.name='Date'][arguments.length=0]",
          message: "Pass the clock in: no new Date() in lib/domain.",
        },
        {
          selector: "CallExpression[callee.object.name='Math'][callee.property.name='random']",
          message: "lib/domain is deterministic.",
        },
      ],
    },
  },
  {
    // The dependency rule, layer by layer (docs/architecture.md): app → lib/services → db and
    // lib/domain; nothing below app reaches up into it.
    files: ["lib/services/**/*.ts", "lib/actions/**/*.ts", "lib/api/**/*.ts"],
    rules: {
      "no-restricted-imports": [
        "error",
        {
          patterns: [
            { group: ["@/app/*", "**/app/**"], message: "Use cases do not import pages or actions." },
            { group: ["@/components/*", "react", "react-dom", "react/*"], message: "Use cases render nothing." },
          ],
        },
      ],
    },
  },
  {
    files: ["db/**/*.ts"],
    // Seeding and the test factories are tools like scripts/: they make state through the use cases.
    ignores: ["db/seed/**", "db/factories.ts"],
    rules: {
      "no-restricted-imports": [
        "error",
        {
          patterns: [
            {
              group: ["@/app/*", "@/components/*", "@/lib/services/*", "@/lib/actions/*", "@/lib/api/*"],
              message: "db holds the schema and queries; it is called by the use cases, never the other way.",
            },
            { group: ["next", "next/*", "react", "react/*"], message: "db is framework-free." },
          ],
        },
      ],
    },
  },
  {
    // Pages, routes and actions read through db/queries or lib/services: no query building in app.
    files: ["app/**/*.{ts,tsx}"],
    // The dev mailbox still reads mail_outbox itself (owned elsewhere for now): move it and drop this.
    ignores: ["app/dev/**"],
    rules: {
      "no-restricted-imports": [
        "error",
        {
          patterns: [
            {
              group: ["drizzle-orm", "drizzle-orm/*"],
              message: "Pages read through named functions in db/queries or lib/services, not raw selects.",
            },
          ],
        },
      ],
    },
  },
  {
    // Dependency direction: app → lib/services → lib/domain + db. Components are presentational.
    files: ["components/**/*.{ts,tsx}"],
    rules: {
      "no-restricted-imports": [
        "error",
        {
          patterns: [
            { group: ["@/db", "@/db/*", "@/lib/services/*"], message: "Components do not touch the database." },
          ],
        },
      ],
    },
  },
];

export default config;
