// The error gallery: every kind of bad input a newsroom can produce gets a visible,
// specific message (role="alert") naming the problem and its place in the data; never a
// blank canvas, a panic or a frozen page.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { withBrowser } from './browser.mjs';

const env = withBrowser();

const valid = () => ({
  format: 'pledgeviz/1',
  title: 'Test',
  as_of: '2025-06-26',
  currency: 'USD',
  sources: [{ name: 'Test' }],
  commitments: [{ id: 'money', label: 'Argent', unit: 'money', pledged: 100, pledged_basis: 'promis', delivered: 25 }],
});
const json = (change) => {
  const data = valid();
  change(data);
  return JSON.stringify(data);
};

/** Opens the embed page on a dataset served as `body` (or handled by `handler`). */
async function open(name, { body, handler, contentType = 'application/json', lang = 'en' }) {
  const context = await env.browser.newContext();
  const page = await context.newPage();
  const errors = [];
  page.on('pageerror', (error) => errors.push(String(error)));
  await page.route((url) => url.pathname === `/gallery/${name}`, handler || ((route) => route.fulfill({ contentType, body })));
  await page.goto(`${env.server.url}embed.html?data=/gallery/${name}&lang=${lang}`);
  return { page, context, errors };
}

/** Checks that the widget shows exactly this error and no chart, and that the page still responds. */
async function expectAlert(name, source, pattern, { timeout = 15_000 } = {}) {
  const { page, context, errors } = await open(name, source);
  await page.waitForSelector('[role="alert"]:not([hidden])', { timeout });
  const message = await page.getByRole('alert').textContent();
  assert.match(message, pattern, `${name}: ${message.slice(0, 300)}`);
  assert.equal(await page.locator('.chart:not([hidden])').count(), 0, `${name}: no blank chart is shown`);
  assert.deepEqual(errors, [], `${name}: no panic or uncaught error`);
  assert.equal(await page.evaluate(() => 1 + 1), 2, `${name}: the page still responds`);
  await context.close();
}

// Messages are in the reader's language; most cases here read them in English.
const FAILED = 'These figures cannot be shown:\n';

test('text that is not JSON', { timeout: 60_000 }, () => expectAlert('not-json', { body: '{ this is not json' }, new RegExp(`^${FAILED}this is not JSON \\(line 1, column 3: key must be a string\\)$`)));

test('a wrong format version', { timeout: 60_000 }, () => expectAlert('version', { body: json((d) => { d.format = 'pledgeviz/9'; }) }, /format: "pledgeviz\/9" is not a format this version reads; it reads "pledgeviz\/1"/));

test('missing fields', { timeout: 60_000 }, () => expectAlert('missing', { body: json((d) => { delete d.title; delete d.commitments[0].pledged_basis; }) }, /title: is missing\ncommitments\[0\]\.pledged_basis: is missing/));

test('wrong types', { timeout: 60_000 }, () => expectAlert('types', { body: json((d) => { d.commitments[0].pledged = '600 M$'; d.as_of = 20250626; }) }, /as_of: must be a date written YYYY-MM-DD, got a number\ncommitments\[0\]\.pledged: must be a number >= 0, got "600 M\$"/));

test('a negative amount', { timeout: 60_000 }, () => expectAlert('negative', { body: json((d) => { d.commitments[0].pledged = -5; }) }, /commitments\[0\]\.pledged: must be a number >= 0, got -5/));

test('a negative amount, said in French and in Spanish', { timeout: 60_000 }, async () => {
  const body = json((d) => { d.commitments[0].pledged = -5; });
  await expectAlert('negative-fr', { body, lang: 'fr' }, /^Impossible d’afficher ces données\u00a0:\ncommitments\[0\]\.pledged\u00a0: doit être un nombre positif ou nul, reçu -5$/);
  await expectAlert('negative-es', { body, lang: 'es' }, /^No se pueden mostrar estos datos:\ncommitments\[0\]\.pledged: debe ser un número mayor o igual que 0; recibido -5$/);
});

test('NaN, which JSON cannot hold', { timeout: 60_000 }, () => expectAlert('nan', { body: json(() => {}).replace('"pledged":100', '"pledged":NaN') }, /this is not JSON \(line 1, column \d+: expected value\)/));

test('an absurd amount (1e308)', { timeout: 60_000 }, () => expectAlert('huge-number', { body: json((d) => { d.commitments[0].delivered = 1e308; }) }, /commitments\[0\]\.delivered: must be a number at most 1e15, got 1e308/));

test('a 10 MB file', { timeout: 60_000 }, () => expectAlert('ten-megabytes', { body: json((d) => { d.padding = 'x'.repeat(10 * 1024 * 1024); }) }, /the file is 104859\d\d bytes; the limit is 5242880 bytes/));

test('100,000 contributors', { timeout: 60_000 }, () => expectAlert('many-contributors', {
  body: json((d) => { d.contributors = Array.from({ length: 100_000 }, (_, i) => ({ id: `c${i}`, name: 'C', pledges: [] })); }),
}, /contributors: has 100000 entries; the limit is 1000/));

test('5,000-character labels', { timeout: 60_000 }, () => expectAlert('long-label', { body: json((d) => { d.commitments[0].label = 'é'.repeat(5000); }) }, /commitments\[0\]\.label: is 5000 characters long; the limit is 300/));

test('a data URL that answers 404', { timeout: 60_000 }, () => expectAlert('missing-file', { lang: 'fr', handler: (route) => route.fulfill({ status: 404, body: 'Not found' }) }, /fichier de données introuvable \(404\)\u00a0: http.*\/gallery\/missing-file/));

test('a data URL that returns an HTML page', { timeout: 60_000 }, () => expectAlert('html', { body: '<!doctype html><title>Erreur</title>', contentType: 'text/html' }, /this is not JSON \(line 1, column 1: expected value\)/));

test('a data URL that never answers', { timeout: 60_000 }, () => expectAlert('timeout', { lang: 'es', handler: () => {} }, /los datos no respondieron a tiempo \(10 s\): http.*\/gallery\/timeout/, { timeout: 20_000 }));

test('right-to-left and emoji labels are shown as they are', { timeout: 60_000 }, async () => {
  const { page, context, errors } = await open('rtl', { body: json((d) => { d.commitments[0].label = 'التمويل 💶'; d.title = 'تعهدات 🇭🇹'; }) });
  await page.waitForFunction(() => document.querySelector('[data-part="bars"]')?.getAttribute('aria-label'));
  assert.equal(await page.locator('h1').textContent(), 'تعهدات 🇭🇹');
  assert.match(await page.getByRole('img').first().getAttribute('aria-label'), /التمويل 💶, 25%/);
  assert.equal(await page.getByRole('alert').isHidden(), true);
  assert.deepEqual(errors, []);
  await context.close();
});
