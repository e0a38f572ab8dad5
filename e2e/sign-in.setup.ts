import fs from "node:fs";
import path from "node:path";
import { test as setup } from "@playwright/test";
import { ACCOUNTS, type Account, signInThroughForm, signInThroughMailbox, storageStatePath } from "./helpers";

// Each demo account signs in once per run; the tests reuse its cookies (storageState). The
// language is left out: each test chooses its own.
for (const who of Object.keys(ACCOUNTS) as Account[]) {
  setup(`sign in as ${who}`, async ({ page }) => {
    if (who === "citizen") await signInThroughMailbox(page, ACCOUNTS.citizen);
    else await signInThroughForm(page, ACCOUNTS[who]);
    const state = await page.context().storageState();
    state.cookies = state.cookies.filter((cookie) => cookie.name !== "NEXT_LOCALE");
    fs.mkdirSync(path.dirname(storageStatePath(who)), { recursive: true });
    fs.writeFileSync(storageStatePath(who), JSON.stringify(state));
  });
}
