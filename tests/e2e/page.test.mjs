// End-to-end tests of the page in Debian's headless Chromium, served with the production
// Content-Security-Policy. They assert what a person sees: text, pixels, accessible names.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { openPage, waitForCharts, waitForText, ROOT, withBrowser } from './browser.mjs';

const env = withBrowser();

const headline = (page) => page.locator('[data-part="headlines"] li').first().textContent();
const pixels = (page, part) => page.locator(`[data-part="${part}"]`).evaluate((canvas) => canvas.toDataURL());

test('the page loads with no console error and shows 11 % of the funding', { timeout: 60_000 }, async () => {
  const { page, context, problems } = await openPage(env.browser, env.server.url);
  await waitForCharts(page);
  assert.equal(await headline(page), '11\u00a0% du financement reçu\u00a0: 68\u00a0M$ sur 600\u00a0M$');
  assert.match(await page.locator('[data-part="headlines"] li').nth(1).textContent(), /^Moins de 40\u00a0% du personnel promis/);
  assert.match(await page.locator('[data-part="source"]').textContent(), /Alix Israël.*données au 26 juin 2025/);
  assert.match(await page.locator('[data-part="notes"]').textContent(), /Deux policiers kényans ont été tués/);
  assert.deepEqual(problems, []);
  await context.close();
});

test('moving the funding slider changes the headline, the sentence, the aria-label and the pixels', { timeout: 60_000 }, async () => {
  const { page, context, problems } = await openPage(env.browser, env.server.url);
  await waitForCharts(page);
  const bars = page.getByRole('img').first();
  const labelBefore = await bars.getAttribute('aria-label');
  const pixelsBefore = await pixels(page, 'bars');
  await page.getByLabel('Financement\u00a0: livré en plus').fill('200000000');
  await waitForText(page, '[aria-live="polite"]', /^Avec 200/);
  assert.equal(await headline(page), '11\u00a0% du financement reçu\u00a0: 68\u00a0M$ sur 600\u00a0M$ — 45\u00a0% avec le scénario');
  assert.equal(
    await page.locator('[aria-live="polite"]').textContent(),
    'Avec 200\u00a0M$ de plus, le financement atteindrait 268\u00a0M$ sur 600\u00a0M$, soit 45\u00a0%.',
  );
  assert.notEqual(await bars.getAttribute('aria-label'), labelBefore);
  assert.match(await bars.getAttribute('aria-label'), /avec le scénario 45\u00a0%/);
  assert.notEqual(await pixels(page, 'bars'), pixelsBefore);
  assert.equal(await page.locator('output').first().textContent(), '+200\u00a0M$');
  assert.deepEqual(problems, []);
  await context.close();
});

test('sliders work from the keyboard', { timeout: 60_000 }, async () => {
  const { page, context } = await openPage(env.browser, env.server.url);
  await waitForCharts(page);
  const slider = page.getByRole('slider', { name: 'Financement\u00a0: livré en plus' });
  await slider.focus();
  await page.keyboard.press('End');
  await waitForText(page, '[aria-live="polite"]', /^Avec 600/);
  assert.equal(await slider.inputValue(), '600000000');
  assert.match(await page.locator('[aria-live="polite"]').textContent(), /atteindrait 668\u00a0M\$ sur 600\u00a0M\$, soit 111\u00a0%/);
  await context.close();
});

test('the language switch changes the text to English and back', { timeout: 60_000 }, async () => {
  const { page, context } = await openPage(env.browser, env.server.url);
  await waitForCharts(page);
  await page.getByRole('button', { name: 'English' }).click();
  await waitForText(page, '[data-part="headlines"] li', /^11% of/);
  assert.equal(await headline(page), '11% of the funding received: $68M of $600M');
  assert.equal(await page.locator('html').getAttribute('lang'), 'en');
  assert.equal(await page.getByRole('button', { name: 'English' }).getAttribute('aria-pressed'), 'true');
  assert.match(await page.getByRole('img').first().getAttribute('aria-label'), /^Share of each commitment delivered: Funding, 11%/);
  await page.getByRole('button', { name: 'Français' }).click();
  await waitForText(page, '[data-part="headlines"] li', /^11\u00a0% du/);
  assert.match(await headline(page), /^11\u00a0% du financement/);
  await context.close();
});

test('?lang=es opens the whole page in Spanish, with Spanish numbers and dates', { timeout: 60_000 }, async () => {
  const { page, context, problems } = await openPage(env.browser, `${env.server.url}?lang=es`);
  await waitForCharts(page);
  assert.equal(await headline(page), '11\u00a0% de la financiación recibida: 68\u00a0M\u00a0US$ de 600\u00a0M\u00a0US$');
  assert.equal(await page.locator('html').getAttribute('lang'), 'es');
  assert.equal(await page.title(), 'pledgeviz: prometido y entregado');
  assert.equal(await page.getByRole('button', { name: 'Español' }).getAttribute('aria-pressed'), 'true');
  assert.match(await page.locator('[data-part="source"]').textContent(), /^Fuente: .*; Consejo de Seguridad de las Naciones Unidas, resolución 2699 \(2023\); .* · datos al 26 de junio de 2025$/);
  assert.match(await page.getByRole('img').nth(1).getAttribute('aria-label'), /^Cronología, 2 de octubre de 2023 – /);
  assert.equal(await page.getByRole('heading', { level: 2 }).first().textContent(), '¿Y si…?');
  assert.equal(await page.getByRole('button', { name: 'Descargar los datos (CSV)' }).count(), 1);
  await page.getByLabel('Financiación: aporte adicional').fill('200000000');
  await waitForText(page, '[aria-live="polite"]', /^Con 200/);
  assert.equal(
    await page.locator('[aria-live="polite"]').textContent(),
    'Con 200\u00a0M\u00a0US$ más, la financiación llegaría a 268\u00a0M\u00a0US$ de 600\u00a0M\u00a0US$, es decir, 45\u00a0%.',
  );
  // The language switch follows: French again, with the page's title and language.
  await page.getByRole('button', { name: 'Français' }).click();
  await waitForText(page, '[data-part="headlines"] li', /^11\u00a0% du/);
  assert.equal(await page.locator('html').getAttribute('lang'), 'fr');
  assert.equal(await page.title(), 'pledgeviz\u00a0: promis et livré');
  assert.deepEqual(problems, []);
  await context.close();
});

test('an unsupported ?lang falls back to the page’s language, never to an empty widget', { timeout: 60_000 }, async () => {
  const { page, context } = await openPage(env.browser, `${env.server.url}?lang=de`);
  await waitForCharts(page);
  assert.match(await headline(page), /^11\u00a0% du financement reçu/);
  await context.close();
});

test('sliders speak their values; one key press, one announcement', { timeout: 60_000 }, async () => {
  const { page, context } = await openPage(env.browser, `${env.server.url}#funding.extra=200000000`);
  await waitForText(page, '[aria-live="polite"]', /^Avec 200/);
  const slider = page.getByRole('slider', { name: 'Financement\u00a0: livré en plus' });
  assert.equal(await slider.getAttribute('aria-valuetext'), 'plus 200 millions de dollars');
  // The visible value is tied to its slider but is no live region of its own.
  const output = page.locator(`output[for="${await slider.getAttribute('id')}"]`);
  assert.equal(await output.textContent(), '+200\u00a0M$');
  assert.equal(await output.getAttribute('aria-live'), 'off');
  assert.equal(await page.locator('[aria-live="polite"], [aria-live="assertive"]').count(), 1);
  // Moving the pace slider changes only the pace sentence: the funding sentence's node stays.
  await page.locator('[aria-live="polite"] p').first().evaluate((node) => { node.dataset.kept = 'yes'; });
  const pace = page.getByRole('slider', { name: /^Financement\s: rythme mensuel/ });
  await pace.focus();
  await page.keyboard.press('ArrowRight');
  await page.waitForFunction(() => document.querySelectorAll('[aria-live="polite"] p').length === 2);
  assert.equal(await page.locator('[aria-live="polite"] p').first().getAttribute('data-kept'), 'yes');
  assert.match(await page.locator('[aria-live="polite"] p').nth(1).textContent(), /^Financement\u00a0: au rythme de/);
  assert.match(await pace.getAttribute('aria-valuetext'), /millions? de dollars par mois$/);
  await context.close();
});

test('a shared link cannot make the widget state more than the sliders allow', { timeout: 60_000 }, async () => {
  const { page, context } = await openPage(env.browser, `${env.server.url}#funding.extra=10000000000000&personnel.extra=99`);
  await waitForText(page, '[aria-live="polite"]', /^Avec 600/);
  const result = await page.locator('[aria-live="polite"]').textContent();
  assert.match(result, /^Avec 600\u00a0M\$ de plus, le financement atteindrait 668\u00a0M\$ sur 600\u00a0M\$, soit 111\u00a0%, au-delà du coût estimé\./);
  assert.doesNotMatch(result, /Md\$|1\u202f666/);
  await context.close();
});

test('the pace slider reaches past the pace needed, and the pace needed follows the scenario', { timeout: 60_000 }, async () => {
  const { page, context } = await openPage(env.browser, env.server.url);
  await waitForCharts(page);
  const pace = page.getByRole('slider', { name: /^Financement\s: rythme mensuel/ });
  assert.ok(Number(await pace.getAttribute('max')) >= 165e6);
  assert.match(await page.locator('[data-part="pace-needed"] li').first().textContent(), /d’ici la fin du mandat, le 2 octobre 2025, il faudrait 166\u00a0M\$ par mois/);
  await page.getByLabel('Financement\u00a0: livré en plus').fill('200000000');
  await waitForText(page, '[data-part="pace-needed"] li', /il faudrait 104\u00a0M\$ par mois/);
  await context.close();
});

test('the accessibility contract: named images, labelled sliders, live region, figures table', { timeout: 60_000 }, async () => {
  const { page, context } = await openPage(env.browser, env.server.url);
  await waitForCharts(page);
  const images = page.getByRole('img');
  assert.equal(await images.count(), 2);
  assert.match(await images.nth(0).getAttribute('aria-label'), /Financement, 11\u00a0% \(68\u00a0M\$ sur 600\u00a0M\$/);
  assert.match(await images.nth(1).getAttribute('aria-label'), /^Chronologie/);
  assert.equal(await page.getByRole('slider').count(), 4);
  for (const slider of await page.getByRole('slider').all()) {
    const id = await slider.getAttribute('id');
    assert.equal(await page.locator(`label[for="${id}"]`).count(), 1);
  }
  assert.equal(await page.locator('[aria-live="polite"]').count(), 1);
  const table = page.getByRole('table');
  assert.match(await table.textContent(), /Financement.*600\u00a0M\$.*68\u00a0M\$.*11\u00a0%/);
  await context.close();
});

test('at device scale factor 2 each canvas backing store is twice its CSS size', { timeout: 60_000 }, async () => {
  const { page, context } = await openPage(env.browser, env.server.url, { width: 390, deviceScaleFactor: 2 });
  await waitForCharts(page);
  for (const part of ['bars', 'timeline']) {
    const size = await page.locator(`[data-part="${part}"]`).evaluate((canvas) => ({
      backing: [canvas.width, canvas.height],
      css: [canvas.getBoundingClientRect().width, canvas.getBoundingClientRect().height],
    }));
    assert.equal(size.backing[0], Math.round(size.css[0] * 2), JSON.stringify(size));
    assert.equal(size.backing[1], Math.round(size.css[1] * 2), JSON.stringify(size));
  }
  await context.close();
});

test('at 360 px nothing scrolls sideways; screenshots at 360 and 1200 px', { timeout: 60_000 }, async () => {
  const folder = path.join(ROOT, 'tests/e2e/screenshots');
  fs.mkdirSync(folder, { recursive: true });
  for (const width of [360, 1200]) {
    const { page, context, problems } = await openPage(env.browser, env.server.url, { width, height: 800 });
    await waitForCharts(page);
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    assert.equal(overflow, 0, `page is ${overflow}px wider than a ${width}px screen`);
    const canvasWidth = await page.locator('[data-part="bars"]').evaluate((canvas) => canvas.getBoundingClientRect().right);
    assert.ok(canvasWidth <= width, `bar chart ends at ${canvasWidth}px`);
    await page.screenshot({ path: path.join(folder, `page-${width}.png`), fullPage: true });
    assert.deepEqual(problems, []);
    await context.close();
  }
});
