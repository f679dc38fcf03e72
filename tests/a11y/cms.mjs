// The browser editor end to end: Decap CMS (vendored in styrdok) at
// /admin/ of `styrdok serve`, against styrdok's own local backend. Makes a
// document with two goals and an English translation in a chosen folder
// through the form, and publishes it; then opens a seed document and saves
// it with a new title, and adds a year to an indicator's series. Prints a JSON report; tests/cms.rs checks the files on disk.
//
// Usage: node cms.mjs <base address> <collection name> [<collection for a
// document with mistakes> [<entry there whose goal has indicators>]]
import { readFile } from "node:fs/promises";
import { createRequire } from "node:module";
import { launchChromium } from "./site.mjs";

const axeSource = await readFile(createRequire(import.meta.url).resolve("axe-core/axe.min.js"), "utf8");

const [base, collection] = process.argv.slice(2);
const report = { errors: [], external: [], csp: [] };
const browser = await launchChromium();
const page = await browser.newPage({ viewport: { width: 1400, height: 1000 } });
page.on("pageerror", (e) => report.errors.push(String(e.stack ?? e).slice(0, 300)));
page.on("console", (m) => {
  if (m.type() === "error" && /Content Security Policy/.test(m.text())) report.csp.push(m.text().slice(0, 300));
});
page.on("request", (r) => {
  const u = new URL(r.url());
  if (!["data:", "blob:", "about:"].includes(u.protocol) && u.origin !== new URL(base).origin) report.external.push(r.url());
});

await page.goto(`${base}/admin/`);
await page.getByRole("button", { name: "Logga in" }).click();
await page.getByText(`Dokument i`).first().waitFor();

// A new document in the chosen folder.
await page.goto(`${base}/admin/#/collections/${collection}/new`);
const left = (label) => page.getByLabel(label, { exact: true }).first();
await left("Titel").waitFor();
// The form, as axe (WCAG 2.1 A and AA) finds it: reported, for the README.
await page.evaluate(axeSource);
if (process.env.AXE_DETAIL) await page.evaluate(() => { globalThis.AXE_DETAIL = true; });
report.axe = await page.evaluate(async () => {
  const r = await axe.run(document, { runOnly: { type: "tag", values: ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"] } });
  return r.violations.map((v) => `${v.id} (${v.impact}): ${v.nodes.length}` + (globalThis.AXE_DETAIL ? " " + v.nodes.map((n) => n.html.slice(0, 160) + " " + n.failureSummary.slice(0, 200)).join(" | ") : ""));
});
await left("Titel").fill("Plan för bättre mottagande");
await left("Typ").click();
await page.getByText("plan", { exact: true }).click();
await left("Organisation").fill("Alfa kommun");
await left("Beslutad av (frivillig)").fill("Kommunfullmäktige");
await left("Beslutad (frivillig)").fill("2024-03-18");
await left("Giltig till (frivillig)").fill("tills vidare");
await left("Ansvarig (frivillig)").fill("Socialchef");
await left("Sammanfattning (frivillig)").fill("Alfa tar emot nya invånare väl.");

// The translation's title, in the right-hand pane (English).
await page.getByLabel("Titel", { exact: true }).last().fill("Plan for a better welcome");

// Two goals.
const addGoal = page.getByRole("button", { name: "Add mål" }).first();
for (const [id, title] of [["boende-forst", "Bostad först"], ["arbete-snabbt", "Arbete snabbt"]]) {
  await addGoal.click();
  const ids = page.getByLabel("Id", { exact: true });
  await ids.last().fill(id);
  const titles = page.getByLabel("Titel", { exact: true });
  // The goal's title: the last "Titel" of the left pane is the one just added.
  const n = await ids.count();
  await titles.nth(n).fill(title);
  // Its focus area, chosen from the focus-area collection.
  const area = page.getByLabel("Fokusområde (frivillig)", { exact: true }).last();
  await area.click();
  await page.keyboard.type("Arbete");
  await page.getByRole("option", { name: /Arbete/ }).first().click();
}
// The text, in Decap's raw Markdown editor (the document's own syntax).
const body = page.locator('[aria-label="markdown field"]').first().locator('textarea:visible, [contenteditable="true"]').first();
await body.click();
await page.keyboard.type("## Bakgrund\n\nAlfa vill ta emot alla väl. Se [arbete](@fokus/arbete).\n");

await page.getByRole("button", { name: "Publicera" }).first().click();
await page.getByText("Publicera nu").click();
await page.getByText(/publicerat|Publicerad|sparad/i).first().waitFor({ timeout: 15000 }).catch(() => {});
await page.waitForTimeout(1500);
await page.screenshot({ path: process.env.CMS_SCREENSHOT ?? "/tmp/cms-new.png", fullPage: true });

// A seed opened and saved unchanged.
await page.goto(`${base}/admin/#/collections/${collection}/entries/strategi`);
await page.reload();
await left("Titel").waitFor();
report.seedTitle = await left("Titel").inputValue();
await left("Titel").fill(report.seedTitle + " (reviderad)");
await page.getByRole("button", { name: "Publicera" }).first().click();
await page.getByText("Publicera nu").click();
await page.waitForTimeout(2500);
await page.screenshot({ path: "/tmp/cms-seed.png" });

// A document whose goal has indicators, one a name, one with figures:
// a year added to its series through styrdok's indicator field.
if (process.argv[5]) {
  await page.goto(`${base}/admin/#/collections/${process.argv[4]}/entries/${process.argv[5]}`);
  await page.reload();
  await left("Titel").waitFor();
  // Open the first goal (Decap shows a saved list's items closed).
  await page.locator('[aria-roledescription="sortable"]').first().locator("xpath=..").locator("button").first().click();
  const indicators = page.locator(".styrdok-indikatorer").first();
  report.indicatorNames = await indicators.getByLabel("Namn", { exact: true }).evaluateAll((es) => es.map((e) => e.value));
  const series = indicators.getByLabel("Värden", { exact: true }).nth(1);
  report.seriesBefore = await series.inputValue();
  await series.fill(report.seriesBefore + "\n2021: 17,5");
  await page.getByRole("button", { name: "Publicera" }).first().click();
  await page.getByText("Publicera nu").click();
  await page.waitForTimeout(2500);
}

// A mistake the form lets through (two goals with one id), for `styrdok
// check` to name; the facts left blank are "uppgift saknas".
if (process.argv[4]) {
  await page.goto(`${base}/admin/#/collections/${process.argv[4]}/new`);
  await page.reload();
  await left("Titel").waitFor();
  await left("Titel").fill("Felaktig plan");
  await left("Typ").click();
  await page.getByText("plan", { exact: true }).click();
  await left("Organisation").fill("Beta kommun");
  for (const title of ["Ett", "Två"]) {
    await page.getByRole("button", { name: "Add mål" }).first().click();
    const ids = page.getByLabel("Id", { exact: true });
    await ids.last().fill("samma-id");
    await page.getByLabel("Titel", { exact: true }).nth(await ids.count()).fill(title);
  }
  const text = page.locator('[aria-label="markdown field"]').first().locator('textarea:visible, [contenteditable="true"]').first();
  await text.click();
  await page.keyboard.type("Planen.\n");
  await page.getByRole("button", { name: "Publicera" }).first().click();
  await page.getByText("Publicera nu").click();
  await page.waitForTimeout(2500);
}

console.log(JSON.stringify(report));
await browser.close();
