import { expect, test } from "@playwright/test";
import { caseAwaitingSignFor, eventsOfCase, submittedCase } from "./factories";
import { ACCOUNTS, staffPage } from "./helpers";

test("a unit disputes a misrouted case, the operator reassigns it, and the second unit replies", async ({
  browser,
}) => {
  test.setTimeout(150_000);
  // The operator dispatches a waiting case (filed by a guest, made by the use cases) to the water company.
  const { reference } = await submittedCase({ title: "Street drain blocked after the rain" });
  const operator = await staffPage(browser, ACCOUNTS.operator);
  await operator.goto(`/cases/${reference}`);
  await expect(operator.getByText("Awaiting dispatch").first()).toBeVisible();
  const dispatch = operator.getByRole("region", { name: "Dispatch" });
  await dispatch.getByLabel("Lead unit").selectOption({ label: "Jiangbin Water Group Co., Ltd." });
  await dispatch.getByRole("button", { name: "Dispatch" }).click();
  await expect(operator.getByRole("status")).toHaveText("Dispatched.");
  await expect(operator.getByText("Awaiting sign-for").first()).toBeVisible();

  // The water company says it is not theirs.
  const water = await staffPage(browser, ACCOUNTS.waterStaff);
  await water.goto("/unit");
  await water.getByRole("link", { name: reference }).click();
  const dispute = water.getByRole("region", { name: "Dispute the dispatch" });
  await dispute.getByRole("button", { name: "Return the case" }).click();
  await expect(dispute.getByText("This field is required.", { exact: true })).toBeVisible();
  await dispute.getByLabel("Reason").fill("A blocked street drain: urban management's job, not the water company's.");
  await dispute.getByRole("button", { name: "Return the case" }).click();
  await expect(water.getByRole("status")).toHaveText("Returned to the dispatch centre for a ruling.");

  // The operator reassigns it to urban management.
  await operator.goto("/desk");
  await operator.getByRole("link", { name: reference }).click();
  const ruling = operator.getByRole("region", { name: "Rule on the dispute" });
  await ruling.getByLabel("Reassign").check();
  await ruling.getByLabel("Lead unit").selectOption({ label: "Jiangbin Municipal Urban Management Commission" });
  await ruling.getByRole("button", { name: "Confirm ruling" }).click();
  await expect(operator.getByRole("status")).toHaveText("Ruling carried out.");

  // The water company can no longer open the case at all.
  expect((await water.goto(`/cases/${reference}`))?.status()).toBe(404);

  // Urban management signs for it, contacts the citizen and replies.
  const urban = await staffPage(browser, ACCOUNTS.urbanStaff);
  await urban.goto("/unit");
  await urban.getByRole("link", { name: reference }).click();
  await urban.getByRole("region", { name: "Sign for" }).getByRole("button", { name: "Sign for" }).click();
  await expect(urban.getByRole("status")).toHaveText("Signed for.");
  const contact = urban.getByRole("region", { name: "Record first contact" });
  await contact.getByLabel("How the citizen was contacted").fill("Phoned the citizen; agreed a visit tomorrow.");
  await contact.getByRole("button", { name: "Record" }).click();
  await expect(urban.getByRole("status")).toHaveText("First contact recorded.");
  const reply = urban.getByRole("region", { name: "Formal reply" });
  await reply.getByRole("radio", { name: "Not supported" }).check();
  await reply.getByLabel("Reply", { exact: true }).fill("We inspected the drain.");
  await reply.getByRole("button", { name: "Send reply" }).click();
  // A refusal without its legal basis is sent back with the text kept.
  await expect(
    reply.getByText("Give the legal basis when the request is not supported.", { exact: true }),
  ).toBeVisible();
  await expect(reply.getByLabel("Reply", { exact: true })).toHaveValue("We inspected the drain.");
  await reply.getByRole("radio", { name: "Resolved" }).check();
  await reply
    .getByLabel("Reply", { exact: true })
    .fill("We cleared the drain on Tuesday and will check it again after the next rain.");
  await reply.getByRole("button", { name: "Send reply" }).click();
  await expect(urban.getByRole("status")).toHaveText("Reply sent.");
  await expect(urban.getByText("Replied").first()).toBeVisible();

  // The timeline shows the whole story, including the dispute and the reassignment.
  const timeline = urban.getByRole("region", { name: "Timeline" });
  for (const step of [
    "Dispatched",
    "Disputed by the unit",
    "Reassigned",
    "Signed for",
    "Citizen contacted",
    "Formal reply",
  ]) {
    await expect(timeline.getByText(step, { exact: false }).first()).toBeVisible();
  }
  // What no page shows the citizen: the dispute is stored with its reason, as an internal event.
  const disputed = (await eventsOfCase(reference)).find((e) => e.event === "dispute");
  expect(disputed).toMatchObject({
    isPublic: false,
    actorRole: "unit_staff",
    note: expect.stringContaining("urban management"),
  });
});

test("staff of one unit can neither see nor act on another unit's case", async ({ browser }) => {
  // A case the water company leads alone.
  const { reference } = await caseAwaitingSignFor("water-group");
  const water = await staffPage(browser, ACCOUNTS.waterStaff);
  expect((await water.goto(`/cases/${reference}`))?.status()).toBe(200);
  const urban = await staffPage(browser, ACCOUNTS.urbanStaff);
  expect((await urban.goto(`/cases/${reference}`))?.status()).toBe(404);
  await urban.goto("/unit");
  await expect(urban.getByRole("link", { name: reference })).toHaveCount(0);
});
