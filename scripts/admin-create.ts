// npm run admin:create -- --email admin@city.example.gov [--name "Li Ming"] [--password-stdin]
// Creates an administrator on the configured database (DATABASE_URL). The password is typed at a
// hidden prompt (twice), or read from standard input with --password-stdin; it is never printed,
// logged or passed on the command line, where other users of the machine could read it.
import "./server-only-shim.cjs";
import "./load-env";
import { stdin, stdout } from "node:process";
import { closeDb, getDb } from "@/db/client";
import { AppError } from "@/lib/errors";
import { createAdministrator } from "@/lib/services/ops/create-administrator";

function option(name: string): string | undefined {
  const index = process.argv.indexOf(`--${name}`);
  return index >= 0 ? process.argv[index + 1] : undefined;
}

async function readStdin(): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of stdin) chunks.push(Buffer.from(chunk));
  return Buffer.concat(chunks)
    .toString("utf8")
    .replace(/\r?\n$/, "");
}

/** One line typed without echo. */
function hiddenPrompt(question: string): Promise<string> {
  return new Promise((resolve, reject) => {
    if (!stdin.isTTY) return reject(new Error("no terminal: use --password-stdin"));
    stdout.write(question);
    stdin.setRawMode(true);
    stdin.resume();
    let typed = "";
    const onData = (data: Buffer) => {
      for (const char of data.toString("utf8")) {
        if (char === "\r" || char === "\n") {
          stdin.setRawMode(false);
          stdin.pause();
          stdin.off("data", onData);
          stdout.write("\n");
          return resolve(typed);
        }
        if (char === "\u0003") process.exit(130);
        if (char === "\u007f") typed = typed.slice(0, -1);
        else typed += char;
      }
    };
    stdin.on("data", onData);
  });
}

async function main() {
  const email = option("email");
  if (!email)
    throw new Error('usage: npm run admin:create -- --email you@city.example.gov [--name "Name"] [--password-stdin]');
  let password: string;
  if (process.argv.includes("--password-stdin")) {
    password = await readStdin();
  } else {
    password = await hiddenPrompt("Password (at least 10 characters): ");
    if ((await hiddenPrompt("Password again: ")) !== password) throw new Error("the two passwords differ");
  }
  const created = await createAdministrator(
    { email, name: option("name") ?? null, password },
    { db: await getDb(), now: new Date() },
  );
  console.log(`Administrator ${email.toLowerCase()} created (id ${created.id}). Sign in at APP_URL/signin.`);
}

main()
  .catch((error: unknown) => {
    const detail = error instanceof AppError && error.fieldErrors ? ` (${JSON.stringify(error.fieldErrors)})` : "";
    console.error(`admin:create failed: ${error instanceof Error ? error.message : String(error)}${detail}`);
    process.exitCode = 1;
  })
  .finally(() => closeDb());
