// Screenshots of a built site for the README: phone and desktop width,
// Swedish and Arabic, and the keyboard focus on the skip link.
//   node tests/a11y/screenshots.mjs <public-dir> <out-dir>
import { createServer } from "node:http";
import { readFile } from "node:fs/promises";
import { join, extname } from "node:path";
import { chromium } from "playwright-core";

const [root, outDir] = process.argv.slice(2);
const server = createServer(async (req, res) => {
  let path = decodeURIComponent(new URL(req.url, "http://x").pathname);
  if (path.endsWith("/")) path += "index.html";
  try {
    const body = await readFile(join(root, path));
    res.writeHead(200, { "content-type": extname(path) === ".css" ? "text/css" : "text/html; charset=utf-8" });
    res.end(body);
  } catch {
    res.writeHead(404);
    res.end();
  }
});
await new Promise((ok) => server.listen(0, "127.0.0.1", ok));
const base = `http://127.0.0.1:${server.address().port}`;
const browser = await chromium.launch({
  executablePath: "/usr/bin/chromium",
  args: ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync"],
});
const shots = [
  ["desktop-sv-document.png", "/vargarda/strategi-for-integration/", 1280, 900, false],
  ["phone-ar-document.png", "/ar/vimmerby/integrations-och-inkluderingsstrategi/", 390, 844, false],
  ["phone-sv-focus-area.png", "/fokusomraden/arbete/", 390, 844, false],
  ["desktop-en-home-keyboard.png", "/en/", 1280, 700, true],
];
for (const [name, url, width, height, tab] of shots) {
  const page = await browser.newPage({ viewport: { width, height }, deviceScaleFactor: 1 });
  await page.goto(base + url);
  if (tab) await page.keyboard.press("Tab");
  await page.screenshot({ path: join(outDir, name) });
  await page.close();
}
await browser.close();
server.close();
