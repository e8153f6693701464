// Writes www/fallback-fr.png, www/fallback-en.png and www/fallback-es.png: the default dataset's charts as the
// embed page draws them in headless Chromium, for the snippet's <noscript> image.
// Run by tools/build.sh after the wasm build.
import { launch, serve, ROOT } from '../tests/e2e/browser.mjs';
import path from 'node:path';

const server = await serve();
const browser = await launch();
try {
  for (const lang of ['fr', 'en', 'es']) {
    const context = await browser.newContext({ viewport: { width: 640, height: 900 }, deviceScaleFactor: 1 });
    const page = await context.newPage();
    await page.goto(`${server.url}embed.html?lang=${lang}&theme=light&sliders=none`);
    await page.waitForFunction(() => document.querySelector('[data-part="timeline"]')?.getAttribute('aria-label'));
    // Buttons do nothing in a picture.
    await page.evaluate(() => { document.querySelector('.actions').hidden = true; });
    await page.locator('.pledgeviz').screenshot({ path: path.join(ROOT, 'www', `fallback-${lang}.png`) });
    await context.close();
  }
} finally {
  await browser.close();
  server.stop();
}
console.log('build: wrote www/fallback-fr.png, www/fallback-en.png and www/fallback-es.png');
