// Screenshots of the browser editor for the editors' guide (README): the
// example site's /admin/ on `styrdok serve`, 1000 px wide. Nothing is
// saved: the script fills in a field but never presses "Publicera nu".
//   styrdok serve &    (in the site's folder: the address the guide gives)
//   node tests/a11y/cms-screenshots.mjs http://127.0.0.1:1111 docs/screenshots
import { join } from "node:path";
import { launchChromium } from "./site.mjs";

const [base, outDir] = process.argv.slice(2);
const browser = await launchChromium();
const page = await browser.newPage({ viewport: { width: 1000, height: 700 }, deviceScaleFactor: 1 });
const shot = (name, clip) => page.screenshot({ path: join(outDir, name), clip: clip ?? { x: 0, y: 0, width: 1000, height: 700 } });

// 1. Signing in: on one's own machine, no account is needed.
await page.goto(`${base}/admin/`);
await page.getByRole("button", { name: "Logga in" }).waitFor();
await shot("cms-1-logga-in.png", { x: 0, y: 0, width: 1000, height: 420 });

// 2. The documents of one folder (organisation).
await page.getByRole("button", { name: "Logga in" }).click();
await page.goto(`${base}/admin/#/collections/dokument-vargarda`);
await page.getByText("Strategi för integration i Vårgårda kommun").first().waitFor();
await shot("cms-2-dokument.png");

// 3. A document opened: each fact a field with its hint; the
// translation on the right.
await page.goto(`${base}/admin/#/collections/dokument-vargarda/entries/strategi-for-integration`);
await page.reload();
const title = page.getByLabel("Titel", { exact: true }).first();
await title.waitFor();
await page.waitForTimeout(1000);
await shot("cms-3-redigera.png");

// 4. A goal's indicator with its figures, one year a line.
await page.getByText(/^Vårgårda ska präglas av god gemenskap/).first().locator("xpath=..").locator("button").first().click();
const indicator = page.locator(".styrdok-indikatorer fieldset").first();
// Its top just under the editor's bar (the form scrolls in a pane of its
// own).
await indicator.evaluate((e) => e.scrollIntoView({ block: "start" }));
await page.mouse.move(250, 400);
await page.mouse.wheel(0, -110);
await page.waitForTimeout(500);
await shot("cms-4-indikator.png");

// 5. Publishing: the menu of the Publicera button (not pressed).
await page.evaluate(() => window.scrollTo(0, 0));
await title.fill("Strategi för integration i Vårgårda kommun 2026");
await page.getByRole("button", { name: "Publicera" }).first().click();
await page.getByText("Publicera nu").waitFor();
await shot("cms-5-publicera.png", { x: 0, y: 0, width: 1000, height: 360 });

await browser.close();
