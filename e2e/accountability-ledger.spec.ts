import AxeBuilder from "@axe-core/playwright";
import { type Browser, type Page, expect, test } from "@playwright/test";
import { XMLParser } from "fast-xml-parser";
import { caseAwaitingReply } from "./factories";
import { ACCOUNTS, staffPage } from "./helpers";

// The accountability ledger (docs/supervision.md#accountability-ledger): a supervisor records a talk
// (约谈) against a unit, linked to a case; the public reads it on the unit's page, the city-wide
// ledger and its Atom feed, in both languages, without the citizen's phone or email and without
// the official's name unless the administrators allow it.

const PHONE = "13987654321";
const WATER = "Jiangbin Water Group Co., Ltd.";
const OFFICIAL = "Qian Weiguo";

/** Today in the city (Asia/Shanghai), as the date input wants it. */
const today = () => new Intl.DateTimeFormat("en-CA", { timeZone: "Asia/Shanghai" }).format(new Date());

/** Serious and critical axe findings (WCAG 2 A and AA) on the page as it is. */
async function axeFindings(page: Page): Promise<string[]> {
  const { violations } = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa"]).analyze();
  return violations.filter((v) => ["serious", "critical"].includes(v.impact ?? "")).map((v) => v.id);
}

type Entry = { id: string; title: string | { "#text": string } };

async function guest(browser: Browser, locale: "en-GB" | "zh-CN"): Promise<Page> {
  return (await browser.newContext({ locale })).newPage();
}

test("a supervisor records a talk against a unit; guests read it on the unit's page, the ledger and its feed", async ({
  browser,
}) => {
  test.setTimeout(180_000);
  const stamp = Date.now().toString(36);
  const email = `ledger.${stamp}@example.cn`;
  const { reference } = await caseAwaitingReply("water-group", { phone: PHONE, email, title: `Low pressure ${stamp}` });
  const reason = `No call back to the caller (${PHONE}, ${email}) on ${reference} for a week [${stamp}]; ${OFFICIAL} answers for it.`;

  const supervisor = await staffPage(browser, ACCOUNTS.supervisor);
  await supervisor.goto("/supervision");
  await supervisor.getByRole("link", { name: "Accountability ledger (measures against units)" }).click();
  const form = supervisor.getByRole("region", { name: "Record a measure" });
  await form.getByLabel("Unit").selectOption({ label: WATER });
  await form.getByLabel("Measure").selectOption({ label: "Talk (summons)" });
  await form.getByLabel("Date taken").fill(today());
  await form.getByLabel("Responsible official (optional)").fill(OFFICIAL);
  await form.getByLabel(/^Cases that caused it/).fill(reference.toLowerCase());
  // Without a reason: the error is next to the field, what was typed is kept.
  await form.getByRole("button", { name: "Record the measure" }).click();
  await expect(form.getByText("This field is required.", { exact: true })).toBeVisible();
  await expect(form.getByLabel("Responsible official (optional)")).toHaveValue(OFFICIAL);
  await form.getByLabel("Reason").fill(reason);
  await form.getByRole("button", { name: "Record the measure" }).click();
  await expect(supervisor.getByRole("status")).toHaveText("Measure recorded.");
  const id = /\/supervision\/accountability\/(\d+)/.exec(supervisor.url())?.[1];
  expect(id).toBeTruthy();
  await expect(supervisor.getByRole("heading", { level: 1 })).toHaveText(`Talk (summons) against ${WATER}`);

  // The follow-up, updated later, with its log.
  const followUp = supervisor.getByRole("region", { name: "Update the follow-up" });
  await followUp.getByLabel("Follow-up").fill(`The unit head apologised and called back [${stamp}].`);
  await followUp.getByRole("button", { name: "Save the follow-up" }).click();
  await expect(supervisor.getByRole("status")).toHaveText("Follow-up updated.");
  await expect(supervisor.getByRole("region", { name: "Log of the measure" })).toContainText("apologised");
  expect(await axeFindings(supervisor)).toEqual([]);

  const entry = (page: Page) => page.locator(`#measure-${id}`);
  for (const path of ["/transparency/units/water-group", "/transparency/accountability"]) {
    const en = await guest(browser, "en-GB");
    await en.goto(path);
    await expect(entry(en)).toContainText("Talk (summons)");
    await expect(entry(en)).toContainText(`[${stamp}]`);
    await expect(entry(en)).toContainText("apologised");
    await expect(entry(en).getByRole("link", { name: reference })).toBeVisible();
    const html = await en.content();
    expect(html).not.toContain(PHONE);
    expect(html).not.toContain(email);
    expect(html).not.toContain(OFFICIAL);
    expect(await axeFindings(en)).toEqual([]);
    const zh = await guest(browser, "zh-CN");
    await zh.goto(path);
    await expect(entry(zh)).toContainText("约谈");
    await expect(
      zh.getByRole("heading", { name: path.endsWith("accountability") ? "问责台账" : "问责情况" }),
    ).toBeVisible();
    expect(await zh.content()).not.toContain(PHONE);
    expect(await axeFindings(zh)).toEqual([]);
    await en.context().close();
    await zh.context().close();
  }

  // The feed the page links to: valid Atom with the entry, no personal data.
  const reader = await guest(browser, "en-GB");
  await reader.goto("/transparency/accountability");
  const href = await reader.locator('link[rel="alternate"][type="application/atom+xml"]').getAttribute("href");
  expect(href).toContain("/transparency/accountability/feed.xml");
  for (const lang of ["en", "zh-CN"]) {
    const response = await reader.request.get(`/transparency/accountability/feed.xml?lang=${lang}`);
    expect(response.headers()["content-type"]).toContain("application/atom+xml");
    const xml = await response.text();
    expect(xml).not.toContain(PHONE);
    expect(xml).not.toContain(email);
    expect(xml).not.toContain(OFFICIAL);
    const feed = new XMLParser({ ignoreAttributes: false }).parse(xml, true) as {
      // A title with type="html" parses as its text and attributes.
      feed: { "@_xmlns": string; entry: Entry | Entry[] };
    };
    expect(feed.feed["@_xmlns"]).toBe("http://www.w3.org/2005/Atom");
    const mine = [feed.feed.entry].flat().find((e) => e.id.endsWith(`#measure-${id}`));
    expect(typeof mine?.title === "string" ? mine.title : mine?.title["#text"]).toContain(
      lang === "en" ? "Talk (summons)" : "约谈",
    );
  }

  // With the admin setting on, the official's name is published; put it back afterwards.
  const admin = await staffPage(browser, ACCOUNTS.admin);
  const setNames = async (label: string) => {
    await admin.goto("/admin/settings");
    const section = admin.getByRole("region", { name: "Accountability ledger" });
    await section.getByLabel(label).check();
    await section.getByRole("button", { name: "Save settings" }).click();
    await expect(admin.getByRole("status")).toHaveText("Settings saved.");
  };
  try {
    await setNames("Yes, publish names");
    await reader.goto("/transparency/accountability");
    await expect(entry(reader)).toContainText(OFFICIAL);
  } finally {
    await setNames("No, do not publish names");
  }
  await reader.reload();
  await expect(entry(reader)).not.toContainText(OFFICIAL);
});
