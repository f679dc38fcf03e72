// Screenshots of a built site for the README: phone and desktop width,
// Swedish and Arabic, and the keyboard focus on the skip link.
//   node tests/a11y/screenshots.mjs <public-dir> <out-dir>
import { join } from "node:path";
import { serveFolder, launchChromium } from "./site.mjs";

const [root, outDir] = process.argv.slice(2);
const { server, base } = await serveFolder(root);
const browser = await launchChromium();
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
