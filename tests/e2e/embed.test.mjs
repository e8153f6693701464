// End-to-end tests of the embed: the example article with two <pledge-viz> widgets under
// the strict CSP, the chromeless embed page, share links, downloads, privacy.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { openPage, serve, waitForText, ROOT, withBrowser } from './browser.mjs';

const env = withBrowser();

/** The iframe of the <pledge-viz> with this id, loaded and drawn. */
async function widgetFrame(page, id) {
  const element = page.locator(`#${id} iframe`);
  await element.scrollIntoViewIfNeeded();
  const frame = await (await element.elementHandle()).contentFrame();
  await frame.waitForFunction(() => document.querySelector('[data-part="bars"]')?.getAttribute('aria-label'), null, { timeout: 15_000 });
  return { element, frame };
}

/** Waits until the iframe's height matches its content within 2 px; returns both. */
async function settledHeights(page, id) {
  const { element, frame } = await widgetFrame(page, id);
  let last;
  for (let attempt = 0; attempt < 50; attempt += 1) {
    const outer = await element.evaluate((iframe) => iframe.getBoundingClientRect().height);
    const inner = await frame.evaluate(() => document.querySelector('.pledgeviz').getBoundingClientRect().height);
    last = { outer, inner };
    if (Math.abs(outer - inner) <= 2) return last;
    await page.waitForTimeout(100);
  }
  return last;
}

test('the article runs both widgets under the strict CSP with no violation or console error', { timeout: 60_000 }, async () => {
  const { page, context, problems } = await openPage(env.browser, `${env.server.url}article.html`);
  const response = await page.request.get(`${env.server.url}article.html`);
  assert.match(response.headers()['content-security-policy'], /script-src 'self' 'wasm-unsafe-eval'; style-src 'self'/);
  const first = await widgetFrame(page, 'widget-mss');
  const second = await widgetFrame(page, 'widget-example');
  assert.match(await first.frame.locator('[data-part="headlines"] li').first().textContent(), /^11\u00a0% du financement reçu/);
  assert.match(await second.frame.locator('[data-part="illustrative"]').textContent(), /Données fictives/);
  assert.match(await second.frame.locator('[data-part="contributors"]').getAttribute('aria-label'), /Contributeurs, Fonds d’appui/);
  for (const frame of [first.frame, second.frame]) {
    const violations = await frame.evaluate(() => window.__violations ?? 0);
    assert.equal(violations, 0);
  }
  assert.deepEqual(problems, []);
  await context.close();
});

test('each iframe matches its content height within 2 px from 1200 to 360 px and back', { timeout: 90_000 }, async () => {
  const { page, context } = await openPage(env.browser, `${env.server.url}article.html`, { width: 1200 });
  for (const width of [1200, 360, 1200]) {
    await page.setViewportSize({ width, height: 900 });
    for (const id of ['widget-mss', 'widget-example']) {
      const { outer, inner } = await settledHeights(page, id);
      assert.ok(Math.abs(outer - inner) <= 2, `${id} at ${width}px: iframe ${outer}px, content ${inner}px`);
    }
  }
  const narrow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  assert.equal(narrow, 0);
  await context.close();
});

test('moving a slider in one widget leaves the other unchanged', { timeout: 60_000 }, async () => {
  const { page, context } = await openPage(env.browser, `${env.server.url}article.html`);
  const first = await widgetFrame(page, 'widget-mss');
  const second = await widgetFrame(page, 'widget-example');
  const before = await second.frame.evaluate(() => [document.querySelector('[data-part="result"]').textContent, document.querySelector('[data-part="bars"]').toDataURL()]);
  await first.frame.getByLabel('Financement : livré en plus').fill('200000000');
  await waitForText(first.frame, '[aria-live="polite"]', /^Avec 200/);
  const after = await second.frame.evaluate(() => [document.querySelector('[data-part="result"]').textContent, document.querySelector('[data-part="bars"]').toDataURL()]);
  assert.deepEqual(after, before);
  // The second widget shows only the slider the article asked for.
  assert.equal(await second.frame.getByRole('slider').count(), 1);
  await context.close();
});

test('a widget with bad data shows its error and the others keep working', { timeout: 60_000 }, async () => {
  const { page, context } = await openPage(env.browser, `${env.server.url}article.html`);
  await page.evaluate(() => {
    const broken = document.createElement('pledge-viz');
    broken.id = 'widget-broken';
    broken.setAttribute('data-src', 'data/no-such-file.json');
    document.querySelector('article').prepend(broken);
  });
  const frame = await (await page.locator('#widget-broken iframe').elementHandle()).contentFrame();
  await frame.waitForSelector('[role="alert"]:not([hidden])');
  assert.match(await frame.getByRole('alert').textContent(), /Impossible d’afficher ces données\u00a0:\nfichier de données introuvable \(404\)\u00a0: .*no-such-file\.json/);
  const { frame: working } = await widgetFrame(page, 'widget-mss');
  assert.match(await working.locator('[data-part="headlines"] li').first().textContent(), /^11\u00a0%/);
  await context.close();
});

test('while a slider is dragged, the address takes its value once the reader pauses', { timeout: 60_000 }, async () => {
  const { page, context } = await openPage(env.browser, `${env.server.url}embed.html?lang=fr`);
  await page.waitForFunction(() => document.querySelector('[data-part="bars"]')?.getAttribute('aria-label'));
  // A drag: input events only, one per frame, and no change event (the pointer is held).
  const updates = await page.evaluate(async () => {
    const input = document.querySelector('input[type="range"]');
    let count = 0;
    const replaceState = history.replaceState.bind(history);
    history.replaceState = (...args) => { count += 1; return replaceState(...args); };
    for (let step = 1; step <= 10; step += 1) {
      input.value = String(step * 15_000_000);
      input.dispatchEvent(new Event('input'));
      await new Promise((resolve) => requestAnimationFrame(resolve));
    }
    return count;
  });
  // Not a history update per frame (each costs about a millisecond; 10 frames take about
  // 170 ms, less than the pause the address waits for, on any but a stalled machine)...
  assert.ok(updates < 10, `${updates} history updates for 10 inputs`);
  // ...but the scenario is in the address once the slider rests.
  await page.waitForFunction(() => location.hash === '#funding.extra=150000000');
  await context.close();
});

test('the share link restores the scenario, and copy link copies it', { timeout: 60_000 }, async () => {
  const { page, context } = await openPage(env.browser, `${env.server.url}embed.html?lang=fr`);
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: env.server.url.replace(/\/$/, '') });
  await page.waitForFunction(() => document.querySelector('[data-part="bars"]')?.getAttribute('aria-label'));
  await page.getByLabel('Financement : livré en plus').fill('200000000');
  await waitForText(page, '[aria-live="polite"]', /^Avec 200/);
  assert.match(page.url(), /#funding\.extra=200000000$/);
  await page.getByRole('button', { name: 'Copier le lien' }).click();
  await waitForText(page, '[role="status"]', /Lien copié/);
  const copied = await page.evaluate(() => navigator.clipboard.readText());
  assert.equal(copied, page.url());
  const shared = await context.newPage();
  await shared.goto(copied);
  await waitForText(shared, '[aria-live="polite"]', /^Avec 200\u00a0M\$ de plus, le financement atteindrait 268\u00a0M\$/);
  assert.equal(await shared.getByLabel('Financement : livré en plus').inputValue(), '200000000');
  await context.close();
});

test('get the data (CSV) and download PNG at twice the displayed resolution', { timeout: 60_000 }, async () => {
  const { page, context } = await openPage(env.browser, `${env.server.url}embed.html?lang=fr#funding.extra=200000000`, { width: 600 });
  await waitForText(page, '[aria-live="polite"]', /^Avec 200/);
  const [csv] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Télécharger les données (CSV)' }).click()]);
  const text = fs.readFileSync(await csv.path(), 'utf8');
  assert.equal(csv.suggestedFilename(), 'mission-multinationale-en-haiti-les-promesses-et-ce-qui-est-2025-06-26.csv');
  // A French reader gets what a French spreadsheet opens: semicolons and decimal commas.
  assert.match(text, /^\ufeffrow;commitment;name;date;unit;reference;pledged;/);
  assert.match(text, /\r\ncommitment;funding;Financement;2025-06-26;USD;estimated_cost;600000000;exact;coût estimé de la première année;68000000;;exact;0,1133;exact;200000000;0;0,4467;/);
  assert.match(text, /\r\nobservation;funding;Financement;2025-06-26;USD;/);
  const [png] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Télécharger l’image (PNG)' }).click()]);
  assert.match(png.suggestedFilename(), /^mission-multinationale-en-haiti-.*-2025-06-26\.png$/);
  const bytes = fs.readFileSync(await png.path());
  assert.equal(bytes.subarray(1, 4).toString(), 'PNG');
  const width = bytes.readUInt32BE(16);
  const displayed = await page.locator('[data-part="bars"]').evaluate((canvas) => canvas.getBoundingClientRect().width);
  assert.equal(width, Math.round(displayed * 2));
  await context.close();
});

test('no request leaves the widget’s own origin; no cookie, no storage', { timeout: 60_000 }, async () => {
  const context = await env.browser.newContext();
  const page = await context.newPage();
  const hosts = new Set();
  page.on('request', (request) => hosts.add(new URL(request.url()).host));
  await page.goto(`${env.server.url}article.html`);
  for (const id of ['widget-mss', 'widget-example']) await widgetFrame(page, id);
  assert.deepEqual([...hosts].filter((host) => host !== new URL(env.server.url).host), []);
  assert.deepEqual(await context.cookies(), []);
  for (const frame of page.frames()) {
    const stored = await frame.evaluate(() => localStorage.length + sessionStorage.length);
    assert.equal(stored, 0, frame.url());
  }
  await context.close();
});

/** embed.html (with `query`) showing `dataset`, served from the widget's origin, once its bars are named. */
async function embedShowing(dataset, query = '', options = {}) {
  const opened = await openPage(env.browser, `${env.server.url}embed.html?data=/tests-data/dataset.json${query}`, options);
  await opened.page.route((url) => url.pathname === '/tests-data/dataset.json', (route) => route.fulfill({
    contentType: 'application/json',
    body: JSON.stringify(dataset),
  }));
  await opened.page.reload();
  await opened.page.waitForFunction(() => document.querySelector('[data-part="bars"]')?.getAttribute('aria-label'));
  return opened;
}

test('labels from data are shown as text, never run as HTML', { timeout: 60_000 }, async () => {
  const { page, context, problems } = await embedShowing({
    format: 'pledgeviz/1', title: '<img src=x onerror="window.__hacked=1">', as_of: '2025-01-01', currency: 'USD',
    sources: [{ name: '<script>window.__hacked=1</script>' }],
    commitments: [{ id: 'm', label: '<b>Argent</b>', unit: 'money', pledged: 10, pledged_basis: 'x', delivered: 5 }],
  });
  assert.equal(await page.locator('h1').textContent(), '<img src=x onerror="window.__hacked=1">');
  assert.equal(await page.locator('h1 img').count(), 0);
  assert.equal(await page.evaluate(() => window.__hacked), undefined);
  assert.deepEqual(problems.filter((p) => !p.includes('404')), []);
  await context.close();
});

test('a dataset with nothing over time shows no empty timeline, on the page or in its image, until a monthly pace brings one', { timeout: 60_000 }, async () => {
  const { page, context, problems } = await embedShowing({
    format: 'pledgeviz/1', title: 'Appel Soudan', as_of: '2025-06-30', currency: 'EUR',
    sources: [{ name: 'OCHA FTS' }],
    commitments: [{ id: 'appel', label: 'Appel Soudan', unit: 'money', pledged: 245e6, pledged_basis: 'total promis', delivered: 117.75e6 }],
  }, '&lang=fr', { width: 600 });
  assert.equal(await page.locator('[data-part="timeline"]').isHidden(), true);
  assert.equal(await page.getByRole('img').count(), 1);
  assert.ok(await page.locator('[data-part="bars"]').evaluate((canvas) => canvas.height) > 50);
  const pngHeight = async () => {
    const [png] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Télécharger l’image (PNG)' }).click()]);
    const bytes = fs.readFileSync(await png.path());
    assert.equal(bytes.subarray(1, 4).toString(), 'PNG');
    return bytes.readUInt32BE(20);
  };
  const without = await pngHeight();
  // A monthly pace runs over time: its projection brings the timeline, on the page and in
  // the image.
  await page.getByLabel('Appel Soudan\u00a0: rythme mensuel après le 30 juin 2025').fill('5000000');
  await page.locator('[data-part="timeline"]').waitFor({ state: 'visible', timeout: 15_000 });
  assert.equal(await page.getByRole('img').count(), 2);
  assert.ok(await page.locator('[data-part="timeline"]').evaluate((canvas) => canvas.height) > 100);
  const timeline = await page.locator('[data-part="timeline"]').evaluate((canvas) => canvas.getBoundingClientRect().height);
  const withTimeline = await pngHeight();
  assert.ok(withTimeline - without >= timeline * 2 * 0.9, `${without} → ${withTimeline} px, the timeline is ${timeline} CSS px`);
  assert.deepEqual(problems.filter((p) => !p.includes('404')), []);
  await context.close();
});

/** A host article in `hostLang` holding one <pledge-viz> with these attributes; resolves to its frame. */
async function hostPage(hostLang, attributes) {
  const context = await env.browser.newContext();
  const page = await context.newPage();
  await page.route((url) => url.pathname === '/host.html', (route) => route.fulfill({
    contentType: 'text/html',
    body: `<!doctype html><html lang="${hostLang}"><head><title>Host</title><script type="module" src="embed.js"></script></head>
      <body><main><pledge-viz data-src="data/haiti-mss.json" ${attributes}></pledge-viz></main></body></html>`,
  }));
  await page.goto(`${env.server.url}host.html`);
  const { element, frame } = await widgetFrame(page, 'x');
  return { page, context, element, frame };
}

test('without a lang attribute the widget speaks the host article’s language, and names its iframe in it', { timeout: 60_000 }, async () => {
  const spanish = await hostPage('es-ES', 'id="x"');
  assert.match(await spanish.frame.locator('[data-part="headlines"] li').first().textContent(), /^11\u00a0% de la financiación recibida/);
  await spanish.page.waitForFunction(() => document.querySelector('#x iframe').title !== 'pledgeviz');
  assert.equal(await spanish.element.getAttribute('title'), 'Gráfico interactivo: prometido y entregado');
  await spanish.context.close();
  // An unsupported lang attribute falls back to the host's language, an unsupported host
  // language to the dataset's (French): never an empty widget.
  const english = await hostPage('en', 'id="x" lang="de"');
  assert.match(await english.frame.locator('[data-part="headlines"] li').first().textContent(), /^11% of the funding received/);
  await english.context.close();
  const german = await hostPage('de', 'id="x"');
  assert.match(await german.frame.locator('[data-part="headlines"] li').first().textContent(), /^11\u00a0% du financement reçu/);
  await german.context.close();
});

test('embed.html?lang=es shows the widget in Spanish', { timeout: 60_000 }, async () => {
  const { page, context, problems } = await openPage(env.browser, `${env.server.url}embed.html?lang=es`);
  await waitForText(page, '[data-part="headlines"] li', /^11\u00a0% de la financiación/);
  assert.match(await page.locator('[data-part="headlines"] li').nth(1).textContent(), /^Menos del 40\u00a0% del personal prometido/);
  assert.equal(await page.getByRole('button', { name: 'Copiar el enlace' }).count(), 1);
  assert.match(await page.getByRole('img').first().getAttribute('aria-label'), /^Parte entregada de cada compromiso: Financiación, 11\u00a0%/);
  assert.deepEqual(problems, []);
  await context.close();
});

test('the noscript fallback image exists in every language and its alt text states the figures', () => {
  for (const lang of ['fr', 'en', 'es']) {
    const png = fs.readFileSync(path.join(ROOT, `www/fallback-${lang}.png`));
    assert.equal(png.subarray(1, 4).toString(), 'PNG');
    assert.ok(png.readUInt32BE(16) >= 600, 'at least 600 px wide');
  }
  const article = fs.readFileSync(path.join(ROOT, 'www/article.html'), 'utf8');
  assert.match(article, /<noscript><img src="fallback-fr\.png" alt="11 % du financement reçu : 68 M\$ sur 600 M\$[^"]*moins de 40 % du personnel promis déployé/);
});

test('dark mode follows the theme parameter or the reader’s setting; opened alone, the embed page paints its own theme background', { timeout: 60_000 }, async () => {
  const textColor = (page) => page.locator('h1').evaluate((h1) => getComputedStyle(h1).color);
  const corner = (page) => page.locator('[data-part="bars"]').evaluate((canvas) => Array.from(canvas.getContext('2d').getImageData(0, 0, 1, 1).data));
  for (const [url, scheme, text, surface] of [
    ['embed.html?theme=dark', 'light', 'rgb(242, 242, 242)', [22, 24, 29]],
    ['embed.html?theme=light', 'dark', 'rgb(26, 26, 26)', [255, 255, 255]],
    ['embed.html?theme=auto', 'dark', 'rgb(242, 242, 242)', [22, 24, 29]],
    ['embed.html', 'light', 'rgb(26, 26, 26)', [255, 255, 255]],
  ]) {
    const context = await env.browser.newContext({ colorScheme: scheme });
    const page = await context.newPage();
    await page.goto(`${env.server.url}${url}`);
    await page.waitForFunction(() => document.querySelector('[data-part="bars"]')?.getAttribute('aria-label'));
    assert.equal(await textColor(page), text, `${url} with ${scheme} preference`);
    assert.equal(await page.evaluate(() => getComputedStyle(document.body).backgroundColor), `rgb(${surface.join(', ')})`, `${url}: the page's background`);
    assert.deepEqual(await corner(page), [...surface, 255], `${url}: the chart's background`);
    await context.close();
  }
});

/** A host page whose root has this inline style, with one <pledge-viz> with these attributes. */
async function styledHost(style, attributes, { scheme = 'light' } = {}) {
  const context = await env.browser.newContext({ colorScheme: scheme });
  const page = await context.newPage();
  await page.route((url) => url.pathname === '/styled-host.html', (route) => route.fulfill({
    contentType: 'text/html',
    body: `<!doctype html><html lang="fr" style="${style}"><head><title>Host</title><script type="module" src="embed.js"></script></head>
      <body><main><pledge-viz id="x" data-src="data/haiti-mss.json" ${attributes}></pledge-viz></main></body></html>`,
  }));
  await page.goto(`${env.server.url}styled-host.html`);
  const { frame } = await widgetFrame(page, 'x');
  await page.waitForTimeout(200);
  const seen = await frame.evaluate(() => ({
    body: getComputedStyle(document.body).backgroundColor,
    text: getComputedStyle(document.querySelector('h1')).color,
    chartAlpha: document.querySelector('[data-part="bars"]').getContext('2d').getImageData(0, 0, 1, 1).data[3],
  }));
  await context.close();
  return seen;
}

test('in an article the widget is transparent only over a background its theme reads well on', { timeout: 90_000 }, async () => {
  const transparent = { body: 'rgba(0, 0, 0, 0)', chartAlpha: 0 };
  // A light article: light theme see-through; dark theme (asked, or the system's) on its own surface.
  assert.deepEqual(await styledHost('background: #fbfaf7', 'theme="light"'), { ...transparent, text: 'rgb(26, 26, 26)' });
  assert.deepEqual(await styledHost('background: #fbfaf7', 'theme="dark"'), { body: 'rgb(22, 24, 29)', text: 'rgb(242, 242, 242)', chartAlpha: 255 });
  assert.deepEqual(await styledHost('background: #fbfaf7', '', { scheme: 'dark' }), { body: 'rgb(22, 24, 29)', text: 'rgb(242, 242, 242)', chartAlpha: 255 });
  // A dark article (declared, or only painted): dark theme see-through, light theme on white.
  assert.deepEqual(await styledHost('color-scheme: dark', 'theme="dark"'), { ...transparent, text: 'rgb(242, 242, 242)' });
  assert.deepEqual(await styledHost('background: #111', 'theme="dark"'), { ...transparent, text: 'rgb(242, 242, 242)' });
  assert.deepEqual(await styledHost('background: #111', 'theme="light"'), { body: 'rgb(255, 255, 255)', text: 'rgb(26, 26, 26)', chartAlpha: 255 });
  // An article that follows the reader's setting, read in dark: the widget follows too, see-through.
  assert.deepEqual(await styledHost('color-scheme: light dark', '', { scheme: 'dark' }), { ...transparent, text: 'rgb(242, 242, 242)' });
});

test('in an article, “copy link” copies the article’s address with the scenario, and opening it restores the scenario in that widget only', { timeout: 60_000 }, async () => {
  const { page, context } = await openPage(env.browser, `${env.server.url}article.html`);
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: env.server.url.replace(/\/$/, '') });
  const { frame } = await widgetFrame(page, 'widget-mss');
  await frame.getByLabel('Financement : livré en plus').fill('200000000');
  await waitForText(frame, '[aria-live="polite"]', /^Avec 200/);
  await frame.getByRole('button', { name: 'Copier le lien' }).click();
  await waitForText(frame, '[role="status"]', /copié/);
  assert.equal(await frame.locator('[role="status"]').textContent(), 'Lien de l’article copié, avec ce scénario.');
  const copied = await page.evaluate(() => navigator.clipboard.readText());
  assert.equal(copied, `${env.server.url}article.html#widget-mss.funding.extra=200000000`);
  // The host page's own address is left alone.
  assert.equal(page.url(), `${env.server.url}article.html`);
  const shared = await context.newPage();
  await shared.goto(copied);
  const restored = await widgetFrame(shared, 'widget-mss');
  await waitForText(restored.frame, '[aria-live="polite"]', /^Avec 200\u00a0M\$ de plus, le financement atteindrait 268\u00a0M\$/);
  assert.equal(await restored.frame.getByLabel('Financement : livré en plus').inputValue(), '200000000');
  const other = await widgetFrame(shared, 'widget-example');
  assert.equal(await other.frame.getByRole('slider').inputValue(), '0');
  await context.close();
});

test('in a plain iframe, “copy link” copies the embed page with the scenario and says it opens the chart alone', { timeout: 60_000 }, async () => {
  const context = await env.browser.newContext();
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: env.server.url.replace(/\/$/, '') });
  const page = await context.newPage();
  await page.route((url) => url.pathname === '/iframe-host.html', (route) => route.fulfill({
    contentType: 'text/html',
    body: `<!doctype html><html lang="fr"><head><title>Host</title></head><body><main>
      <iframe id="plain" src="embed.html?lang=fr&theme=auto" title="Graphique" width="100%" height="1700" allow="clipboard-write"></iframe></main></body></html>`,
  }));
  await page.goto(`${env.server.url}iframe-host.html`);
  const frame = await (await page.locator('#plain').elementHandle()).contentFrame();
  await frame.waitForFunction(() => document.querySelector('[data-part="bars"]')?.getAttribute('aria-label'), null, { timeout: 15_000 });
  await frame.getByLabel('Financement : livré en plus').fill('200000000');
  await waitForText(frame, '[aria-live="polite"]', /^Avec 200/);
  await frame.getByRole('button', { name: 'Copier le lien' }).click();
  await waitForText(frame, '[role="status"]', /copié/);
  assert.equal(await frame.locator('[role="status"]').textContent(), 'Lien copié\u00a0: il ouvre le graphique seul, hors de l’article.');
  assert.equal(await page.evaluate(() => navigator.clipboard.readText()), `${env.server.url}embed.html?lang=fr&theme=auto#funding.extra=200000000`);
  await context.close();
});

test('data on another origin loads when that origin allows CORS and the CSP lists it', { timeout: 60_000 }, async () => {
  const withCors = await serve({ CORS: '1' });
  const without = await serve();
  const origins = [withCors.url, without.url].map((url) => url.replace(/\/$/, '')).join(' ');
  const widgetHost = await serve({ CONNECT_SRC: origins });
  try {
    const context = await env.browser.newContext();
    const page = await context.newPage();
    await page.goto(`${widgetHost.url}embed.html?data=${encodeURIComponent(`${withCors.url}data/haiti-mss.json`)}`);
    await waitForText(page, '[data-part="headlines"] li', /^11\u00a0% du financement/);
    await page.goto(`${widgetHost.url}embed.html?data=${encodeURIComponent(`${without.url}data/haiti-mss.json`)}`);
    await page.waitForSelector('[role="alert"]:not([hidden])');
    assert.match(await page.getByRole('alert').textContent(), /^Impossible d’afficher ces données\u00a0:\nles données n’ont pas pu être chargées \(adresse injoignable, ou autre site qui n’autorise pas ce partage\u00a0: CORS\)\u00a0: http/);
    await context.close();
  } finally {
    withCors.stop();
    without.stop();
    widgetHost.stop();
  }
});

test('the embed page also posts AMP’s embed-size message', { timeout: 60_000 }, async () => {
  const { page, context } = await openPage(env.browser, `${env.server.url}article.html`);
  const message = page.evaluate(() => new Promise((resolve) => {
    window.addEventListener('message', (event) => { if (event.data?.sentinel === 'amp') resolve(event.data); });
  }));
  await page.setViewportSize({ width: 500, height: 900 });
  const data = await message;
  assert.equal(data.type, 'embed-size');
  assert.ok(data.height > 300, JSON.stringify(data));
  await context.close();
});
