// The search page in Debian's Chromium, as a reader uses it:
//
//   node tests/a11y/search.mjs <public-dir> <cases.json>
//
// cases.json: [{ "page": "/en/sok/", "query": "…", "expect": "/en/…/" }, …].
// For each case: types the query into the field found by its label, presses
// Enter (keyboard only), waits for the announced count, and checks that the
// expected document is among the results and that the results are links
// with title and excerpt. Then runs axe-core (WCAG 2.1 A and AA, light and
// dark) on each search page with its results shown, and opens each search
// page with JavaScript off, where the list of all documents must be there.
// Prints one line per problem and exits 1 if any.
import { readFile } from "node:fs/promises";
import { createRequire } from "node:module";
import { serveFolder, launchChromium } from "./site.mjs";

const require = createRequire(import.meta.url);
const axeSource = await readFile(require.resolve("axe-core/axe.min.js"), "utf8");
const [root, casesFile] = process.argv.slice(2);
if (!root || !casesFile) {
  console.error("usage: node search.mjs <public-dir> <cases.json>");
  process.exit(2);
}
const cases = JSON.parse(await readFile(casesFile, "utf8"));

const { server, base } = await serveFolder(root);

const browser = await launchChromium();
const problems = [];
const tags = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"];

for (const c of cases) {
  for (const scheme of ["light", "dark"]) {
    const context = await browser.newContext({ colorScheme: scheme, viewport: { width: 1280, height: 900 } });
    const page = await context.newPage();
    const errors = [];
    page.on("pageerror", (e) => errors.push(e.message));
    // (Chromium asks for /favicon.ico by itself; the site has none.)
    page.on("console", (m) => { if (m.type() === "error" && !m.text().includes("404")) errors.push(m.text()); });
    page.on("response", (r) => { if (r.status() >= 400 && !r.url().endsWith("/favicon.ico")) errors.push(`${r.status()} ${r.url()}`); });
    await page.goto(base + c.page, { waitUntil: "load" });
    const label = await page.locator("label[for=search-q]").textContent();
    const field = page.getByLabel(label.trim(), { exact: true });
    await field.focus();
    await page.keyboard.type(c.query);
    await page.keyboard.press("Enter");
    const status = page.locator("#search-status");
    try {
      await page.waitForFunction(() => {
        const s = document.getElementById("search-status");
        return s.textContent !== "" && s.textContent !== s.dataset.searching;
      }, null, { timeout: 15000 });
    } catch {
      problems.push(`${c.page} [${scheme}]: "${c.query}": no results shown (status: "${await status.textContent()}"; ${errors.join("; ")})`);
      await context.close();
      continue;
    }
    const said = (await status.textContent()).trim();
    const links = await page.locator("#search-results li.search-result h3 a").evaluateAll((as) => as.map((a) => new URL(a.href).pathname));
    const excerpts = await page.locator("#search-results li.search-result .search-excerpt mark").count();
    if (links[0] !== c.expect) problems.push(`${c.page} [${scheme}]: "${c.query}" did not find ${c.expect} first: ${JSON.stringify(links)}`);
    if (!excerpts) problems.push(`${c.page} [${scheme}]: "${c.query}": no excerpt marks the words found`);
    if (said === (await status.getAttribute("data-failed"))) problems.push(`${c.page} [${scheme}]: search failed: ${errors.join("; ")}`);
    if (new URL(page.url()).searchParams.get("q") !== c.query) problems.push(`${c.page} [${scheme}]: the address does not keep the query: ${page.url()}`);
    if (errors.length) problems.push(`${c.page} [${scheme}]: errors in the console: ${errors.join("; ")}`);
    // Keyboard: Tab from the field reaches the button, then the first result.
    await field.focus();
    await page.keyboard.press("Tab");
    await page.keyboard.press("Tab");
    const focused = await page.evaluate(() => document.activeElement?.closest("#search-results") ? new URL(document.activeElement.href).pathname : document.activeElement?.outerHTML.slice(0, 80));
    if (focused !== links[0]) problems.push(`${c.page} [${scheme}]: after the button, Tab goes to ${focused}, not the first result`);
    // Injected through the DevTools protocol: the page keeps its own CSP.
    await page.evaluate(axeSource);
    const result = await page.evaluate((tags) => axe.run(document, { runOnly: { type: "tag", values: tags }, resultTypes: ["violations"] }), tags);
    for (const v of result.violations) {
      for (const node of v.nodes) {
        problems.push(`${c.page} [${scheme}, results shown]: ${v.id} (${v.impact}): ${v.help} — ${node.target.join(" ")}`);
      }
    }
    if (scheme === "light") console.log(`${c.page} "${c.query}": ${said} ${JSON.stringify(links)}`);
    await context.close();
  }
  // Without JavaScript: no form to trap the reader, the notice, and every document.
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto(base + c.page, { waitUntil: "load" });
  const formShown = await page.locator("form[role=search]").isVisible();
  const notice = await page.locator("#search-nojs").isVisible();
  const listed = await page.locator(".search-all a").evaluateAll((as) => as.map((a) => new URL(a.href).pathname));
  if (formShown) problems.push(`${c.page} [no JavaScript]: the search form is shown but cannot work`);
  if (!notice) problems.push(`${c.page} [no JavaScript]: no notice that search needs JavaScript`);
  if (!listed.includes(c.expect)) problems.push(`${c.page} [no JavaScript]: the list of all documents lacks ${c.expect}: ${JSON.stringify(listed)}`);
  await context.close();
}
await browser.close();
server.close();

for (const p of problems) console.log(p);
console.log(`search: ${cases.length} queries × 2 colour schemes, ${problems.length} problem(s)`);
process.exit(problems.length ? 1 : 0);
