// The accessibility gate: every HTML page of a built site, in Debian's
// Chromium, checked by axe-core for WCAG 2.1 A and AA (light and dark
// colour schemes), plus reflow at 320 CSS px without horizontal scrolling.
//
//   node tests/a11y/check.mjs <public-dir>
//
// Prints one line per problem (page, rule, element) and exits 1 if any.
import { readFile, readdir, stat } from "node:fs/promises";
import { join, relative, sep } from "node:path";
import { createRequire } from "node:module";
import { serveFolder, launchChromium } from "./site.mjs";

const require = createRequire(import.meta.url);
const axeSource = await readFile(require.resolve("axe-core/axe.min.js"), "utf8");
const root = process.argv[2];
if (!root) {
  console.error("usage: node check.mjs <public-dir>");
  process.exit(2);
}

const { server, base } = await serveFolder(root);

async function htmlFiles(dir) {
  const out = [];
  for (const name of (await readdir(dir)).sort()) {
    const p = join(dir, name);
    if ((await stat(p)).isDirectory()) out.push(...(await htmlFiles(p)));
    else if (name.endsWith(".html")) out.push(p);
  }
  return out;
}
// Further arguments restrict the check to those addresses.
const only = process.argv.slice(3);
const pages = only.length
  ? only
  : (await htmlFiles(root)).map((f) => "/" + relative(root, f).split(sep).join("/").replace(/index\.html$/, ""));

const browser = await launchChromium();
const problems = [];
const tags = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"];
// Pages are shared among a few tabs, so the check takes a fraction of the time.
async function eachPage(contextOptions, check) {
  const context = await browser.newContext(contextOptions);
  let next = 0;
  const worker = async () => {
    const page = await context.newPage();
    while (next < pages.length) {
      const url = pages[next++];
      const response = await page.goto(base + url, { waitUntil: "load" });
      if (!response || response.status() !== 200) {
        problems.push(`${url}: HTTP ${response?.status()}`);
        continue;
      }
      await check(page, url);
    }
  };
  await Promise.all([worker(), worker(), worker()]);
  await context.close();
}
for (const scheme of ["light", "dark"]) {
  await eachPage({ colorScheme: scheme, viewport: { width: 1280, height: 900 }, bypassCSP: true }, async (page, url) => {
    await page.addScriptTag({ content: axeSource });
    const result = await page.evaluate((tags) => axe.run(document, { runOnly: { type: "tag", values: tags }, resultTypes: ["violations"] }), tags);
    for (const v of result.violations) {
      for (const node of v.nodes) {
        problems.push(`${url} [${scheme}]: ${v.id} (${v.impact}): ${v.help} — ${node.target.join(" ")}: ${node.failureSummary?.split("\n").slice(1).join(" ").trim()}`);
      }
    }
  });
}
// Reflow (WCAG 1.4.10): at 320 CSS px nothing but wide tables and code may
// scroll sideways, and those scroll inside their own focusable box.
await eachPage({ viewport: { width: 320, height: 640 } }, async (page, url) => {
  const width = await page.evaluate(() => document.documentElement.scrollWidth);
  if (width > 320) problems.push(`${url} [320px]: reflow: the page is ${width}px wide, so it scrolls sideways`);
});
await browser.close();
server.close();

for (const p of problems) console.log(p);
console.log(`axe-core ${JSON.parse(await readFile(require.resolve("axe-core/package.json"), "utf8")).version}: ${pages.length} pages × 2 colour schemes, ${problems.length} problem(s)`);
process.exit(problems.length ? 1 : 0);
