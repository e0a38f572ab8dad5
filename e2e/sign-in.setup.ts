import { test as setup } from "@playwright/test";
import { ACCOUNTS, type Account, signInThroughForm, signInThroughMailbox, storageStatePath } from "./helpers";

// Each demo account signs in once per run; the tests reuse its cookies (storageState).
for (const who of Object.keys(ACCOUNTS) as Account[]) {
  setup(`sign in as ${who}`, async ({ page }) => {
    if (who === "citizen") await signInThroughMailbox(page, ACCOUNTS.citizen);
    else await signInThroughForm(page, ACCOUNTS[who]);
    await page.context().storageState({ path: storageStatePath(who) });
  });
}
