// End-to-end tests of the journalist's editor (editor.html) under the strict CSP: a table
// pasted as a French spreadsheet writes it, columns mapped, required fields filled, the
// live preview; CSV (UTF-8, Windows-1252), Excel's UTF-16 "Unicode Text" and pledgeviz/1
// files opened through the file picker; the downloaded
// file and the no-hosting snippet drawing the same chart;
// problems placed on their cell in French and English; ambiguous dates asked; drafts kept
// across a reload; axe-core at phone and desktop widths.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import { openPage, waitForText, ROOT, withBrowser } from './browser.mjs';

const env = withBrowser();

const CSP = "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self'; img-src 'self' data: blob:; connect-src 'self'";
const NNBSP = '\u202f';
const NBSP = '\u00a0';

/** A table as LibreOffice or Excel in French puts it on the clipboard. */
const FRENCH_SHEET = [
  'Engagement\tPromis\tLivré\tCommentaire',
  `Financement\t600${NNBSP}000${NNBSP}000\t67${NNBSP}999${NNBSP}999,5\tlettre de juin`,
  'Personnel\t\t< 40 %\t',
  '',
].join('\n');

/** The headline the widget shows for the French sheet. */
const FUNDING_HEADLINE = new RegExp(`^Financement${NBSP}: 11${NBSP}% \\(68${NBSP}M\\$ sur 600${NBSP}M\\$\\) — coût estimé de la première année`);

async function openEditor(options = {}) {
  const opened = await openPage(env.browser, `${env.server.url}editor.html`, options);
  await opened.page.waitForFunction(() => !document.getElementById('editor').hasAttribute('aria-busy'), null, { timeout: 15_000 });
  return opened;
}

/** Waits until the last change has been built and shown, and whether it built. */
async function settled(page, built) {
  await page.waitForFunction((want) => {
    const editor = document.getElementById('editor');
    return !editor.dataset.pending && editor.dataset.built === want;
  }, built ? 'yes' : 'no', { timeout: 15_000 });
}

async function paste(page, text) {
  await page.getByLabel('Collez un tableau copié d’un tableur (Excel, LibreOffice, Google Sheets)').fill(text);
  await page.getByRole('button', { name: 'Ajouter ce tableau' }).click();
}

/** Pastes the French sheet (unless it is there), maps its columns and fills every required field. */
async function haitiDraft(page) {
  if (await page.locator('#tables table').count() === 0) await paste(page, FRENCH_SHEET);
  await page.getByLabel('Contenu de la colonne Engagement').selectOption('label');
  await page.getByLabel('Contenu de la colonne Promis').selectOption('pledged');
  await page.getByLabel('Contenu de la colonne Livré').selectOption('delivered');
  await page.getByLabel('Contenu de la colonne Commentaire').selectOption('ignore');
  await page.getByLabel('Titre (obligatoire)').fill('Mission multinationale en Haïti');
  await page.getByLabel('Date des chiffres (obligatoire)').fill('26 juin 2025');
  const funding = page.getByRole('group', { name: 'Engagement Financement' });
  await funding.getByLabel('Monnaie de l’engagement').fill('USD');
  await funding.getByLabel('Ce que représente 100 % (obligatoire)').fill('coût estimé de la première année');
  const personnel = page.getByRole('group', { name: 'Engagement Personnel' });
  await personnel.getByLabel('Unité').selectOption('people');
  await personnel.getByLabel('Ce que représente 100 % (obligatoire)').fill('personnel promis');
  await page.getByRole('button', { name: 'Ajouter une source' }).click();
  await page.getByLabel('Nom de la source (obligatoire)').fill('Lettre de William Ruto au Conseil de sécurité');
  await page.getByLabel('Adresse de la source').fill('https://example.org/lettre');
  await settled(page, true);
}

/** The preview iframe's first headline, once drawn. */
async function previewHeadline(page, id) {
  const frame = page.frameLocator(`#${id}`);
  await frame.locator('[data-part="bars"][aria-label]:not([aria-label=""])').waitFor({ timeout: 15_000 });
  return frame.locator('[data-part="headlines"] li').first().textContent();
}

test('a source line under a pasted table is left out with a note, not flagged and not asked about', { timeout: 90_000 }, async () => {
  const { page, context, problems } = await openEditor();
  const sourceLine = 'Source : lettre de William Ruto, juin 2025';
  await paste(page, FRENCH_SHEET.replace(/\n$/, `\n${sourceLine}\t\t\t\n`));
  await haitiDraft(page);
  // Only the two commitments are asked about, and the draft builds.
  assert.equal(await page.getByRole('group', { name: /^Engagement Source/ }).count(), 0);
  const notes = await page.locator('#notes li').allTextContents();
  assert.ok(
    notes.some((note) => note.includes(`«${NBSP}${sourceLine}${NBSP}» est lu comme une note sous le tableau`)),
    notes.join('\n'),
  );
  assert.match(await previewHeadline(page, 'preview-article'), FUNDING_HEADLINE);
  assert.deepEqual(problems, []);
  await context.close();
});

test('a French spreadsheet pasted, mapped and described shows the right ratio in the live preview', { timeout: 90_000 }, async () => {
  const { page, context, problems } = await openEditor();
  await paste(page, FRENCH_SHEET);
  await settled(page, false);
  // The guesses are shown as choices the journalist can change.
  assert.equal(await page.getByLabel('Contenu de la colonne Livré').inputValue(), 'delivered');
  assert.match(await page.locator('#problems').textContent(), /Titre\u00a0: à remplir/);
  assert.match(await page.locator('#preview-status').textContent(), /L’aperçu apparaîtra/);
  await haitiDraft(page);
  assert.match(await previewHeadline(page, 'preview-article'), FUNDING_HEADLINE);
  assert.match(await previewHeadline(page, 'preview-phone'), FUNDING_HEADLINE);
  const phoneWidth = await page.locator('#preview-phone').evaluate((frame) => frame.getBoundingClientRect().width);
  assert.equal(phoneWidth, 360);
  const personnel = await page.frameLocator('#preview-article').locator('[data-part="headlines"] li').nth(1).textContent();
  assert.equal(personnel, `Personnel${NBSP}: moins de 40${NBSP}% — personnel promis`);
  // Sliders work in the preview.
  const article = await (await page.locator('#preview-article').elementHandle()).contentFrame();
  await article.getByLabel('Financement : livré en plus').fill('200000000');
  await waitForText(article, '[aria-live="polite"]', /^Financement\s: avec 200/);
  assert.deepEqual(problems, []);
  await context.close();
});

test('the downloaded file, served and opened in embed.html, shows the same figures', { timeout: 90_000 }, async () => {
  const { page, context } = await openEditor();
  await haitiDraft(page);
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Télécharger le fichier de données' }).click()]);
  assert.equal(download.suggestedFilename(), 'pledgeviz.json');
  const json = fs.readFileSync(await download.path(), 'utf8');
  assert.match(json, /^\{\n {2}"format": "pledgeviz\/1",\n/);
  assert.equal(JSON.parse(json).commitments[0].delivered, 67999999.5);
  // The snippet points at the base URL the newsroom gave.
  await page.getByLabel('Adresse du dossier où la rédaction hébergera le fichier de données').fill('https://graphiques.example.org/donnees/');
  await page.getByLabel('Adresse du dossier où la rédaction hébergera le fichier de données').press('Tab');
  assert.match(await page.locator('#snippet-hosted').inputValue(), /<pledge-viz data-src="https:\/\/graphiques\.example\.org\/donnees\/pledgeviz\.json" lang="fr"/);
  // Served from the widget's own origin, as a newsroom would host it.
  await context.route('**/data/from-editor.json', (route) => route.fulfill({ status: 200, contentType: 'application/json', body: json, headers: { 'Content-Security-Policy': CSP } }));
  const embed = await context.newPage();
  await embed.goto(`${env.server.url}embed.html?data=data/from-editor.json&lang=fr`);
  await embed.locator('[data-part="bars"][aria-label]:not([aria-label=""])').waitFor({ timeout: 15_000 });
  assert.match(await embed.locator('[data-part="headlines"] li').first().textContent(), FUNDING_HEADLINE);
  assert.equal(await embed.locator('[data-part="source"]').textContent(), await page.frameLocator('#preview-article').locator('[data-part="source"]').textContent());
  await context.close();
});

test('the no-hosting snippet pasted into a host page draws the same chart', { timeout: 90_000 }, async () => {
  const { page, context, problems } = await openEditor();
  await haitiDraft(page);
  const snippet = await page.locator('#snippet-inline').inputValue();
  assert.match(snippet, /^<script type="module" src="http:\/\/localhost:\d+\/embed\.js"><\/script>\n<pledge-viz data-dataset="[A-Za-z0-9_-]+" lang="fr" theme="auto"><\/pledge-viz>$/);
  const length = Number((await page.locator('#address-length').textContent()).replace(/\D/g, ''));
  assert.ok(length > 100 && length < 2000, `address of ${length} characters`);
  assert.equal(await page.locator('#address-too-long').count(), 0);
  await context.route('**/test-host.html', (route) => route.fulfill({
    status: 200,
    contentType: 'text/html',
    headers: { 'Content-Security-Policy': CSP },
    body: `<!doctype html><html lang="fr"><head><meta charset="utf-8"><title>Article</title></head><body><article><p>Texte de l’article.</p>${snippet}</article></body></html>`,
  }));
  const host = await context.newPage();
  await host.goto(`${env.server.url}test-host.html`);
  const frame = await (await host.locator('pledge-viz iframe').elementHandle()).contentFrame();
  await frame.waitForFunction(() => document.querySelector('[data-part="bars"]')?.getAttribute('aria-label'), null, { timeout: 15_000 });
  assert.match(await frame.locator('[data-part="headlines"] li').first().textContent(), FUNDING_HEADLINE);
  // The reader's scenario goes into the hash beside the dataset, which stays.
  await frame.getByLabel('Financement : livré en plus').fill('200000000');
  await waitForText(frame, '[aria-live="polite"]', /^Financement\s: avec 200/);
  assert.match(frame.url(), /#dataset=[A-Za-z0-9_-]+&financement\.extra=200000000$/);
  // In a plain iframe (or the embed page alone), "copy link" keeps the dataset with the scenario.
  const packed = snippet.match(/data-dataset="([A-Za-z0-9_-]+)"/)[1];
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  const alone = await context.newPage();
  await alone.goto(`${env.server.url}embed.html?lang=fr#dataset=${packed}`);
  await alone.getByLabel('Financement : livré en plus').fill('200000000');
  await waitForText(alone, '[aria-live="polite"]', /^Financement\s: avec 200/);
  await alone.getByRole('button', { name: 'Copier le lien' }).click();
  const copied = await alone.evaluate(() => navigator.clipboard.readText());
  assert.ok(copied.endsWith(`#dataset=${packed}&financement.extra=200000000`), copied);
  assert.deepEqual(problems, []);
  await context.close();
});

test('an address whose dataset is broken says so clearly, and a bad dataset in it is validated', { timeout: 60_000 }, async () => {
  const { page, context } = await openPage(env.browser, `${env.server.url}embed.html?lang=fr#dataset=AAAA-not-deflate`);
  await page.waitForSelector('[role="alert"]:not([hidden])');
  assert.equal(await page.getByRole('alert').textContent(), 'Impossible d’afficher ces données\u00a0:\nles chiffres de cette adresse sont abîmés ou incomplets (l’adresse a peut-être été coupée)');
  const packed = zlib.deflateRawSync(Buffer.from('{"format": "pledgeviz/1"}')).toString('base64url');
  const english = await context.newPage();
  await english.goto(`${env.server.url}embed.html?lang=en#dataset=${packed}`);
  await english.waitForSelector('[role="alert"]:not([hidden])');
  assert.match(await english.getByRole('alert').textContent(), /^These figures cannot be shown:\n.*title: is missing/s);
  await context.close();
});

test('a bad cell shows its row and column next to it, in French and in English, and the preview keeps the last good drawing', { timeout: 90_000 }, async () => {
  const { page, context } = await openEditor();
  await haitiDraft(page);
  assert.match(await previewHeadline(page, 'preview-article'), FUNDING_HEADLINE);
  const cell = page.getByLabel('Ligne 2, colonne Livré');
  await cell.fill('12abc');
  await settled(page, false);
  assert.equal(await cell.getAttribute('aria-invalid'), 'true');
  const describedBy = (await cell.getAttribute('aria-describedby')).split(' ');
  const said = await page.evaluate((ids) => ids.map((id) => document.getElementById(id).textContent), describedBy);
  assert.ok(said.includes('Ligne 2, colonne «\u00a0Livré\u00a0»\u00a0: «\u00a012abc\u00a0» n’est pas un nombre'), said.join(' | '));
  // Shown next to the cell: in the same table cell.
  assert.equal(await page.locator('td', { has: cell }).locator('.problem').textContent(), said.find((text) => text.includes('12abc')));
  assert.match(await page.locator('#preview-status').textContent(), /^Aperçu périmé/);
  assert.match(await previewHeadline(page, 'preview-article'), FUNDING_HEADLINE);
  // Nothing typed is lost.
  assert.equal(await cell.inputValue(), '12abc');
  await page.getByLabel('Langue de l’éditeur').selectOption('en');
  const englishCell = page.getByLabel('Row 2, column Livré');
  await page.waitForFunction(() => document.querySelector('td .problem')?.textContent.startsWith('Row 2'));
  assert.equal(await page.locator('td', { has: englishCell }).locator('.problem').textContent(), 'Row 2, column “Livré”: “12abc” is not a number');
  assert.match(await page.locator('#preview-status').textContent(), /^Out of date/);
  await context.close();
});

test('files opened through the file picker: a semicolon CSV with a BOM becomes a table, a pledgeviz/1 file is drawn, a broken one says why', { timeout: 90_000 }, async () => {
  const { page, context, problems } = await openEditor();
  const picker = page.getByLabel('Ou ouvrez un fichier CSV, ou un fichier pledgeviz à modifier');
  // As LibreOffice saves a French sheet: semicolons, decimal commas, a byte-order mark.
  const csv = '\ufeffEngagement;Promis;Livré\r\nFinancement;600 000 000;67 999 999,5\r\nPersonnel;;< 40 %\r\n';
  await picker.setInputFiles({ name: 'suivi.csv', mimeType: 'text/csv', buffer: Buffer.from(csv, 'utf8') });
  await page.locator('#tables table').waitFor({ timeout: 15_000 });
  // The BOM is not part of the first header, and the roles are guessed from the headers.
  assert.equal(await page.getByLabel('Contenu de la colonne Engagement').inputValue(), 'label');
  assert.equal(await page.getByLabel('Contenu de la colonne Promis').inputValue(), 'pledged');
  assert.equal(await page.getByLabel('Contenu de la colonne Livré').inputValue(), 'delivered');
  assert.equal(await page.getByLabel('Ligne 2, colonne Livré').inputValue(), '67 999 999,5');
  assert.equal(await page.getByLabel('Ligne 3, colonne Livré').inputValue(), '< 40 %');
  // The file input is emptied, so that the same file can be opened again.
  assert.equal(await picker.inputValue(), '');

  // The published default dataset, opened to be edited: its figures come back in the preview.
  page.once('dialog', (dialog) => dialog.accept());
  await page.getByRole('button', { name: 'Tout recommencer' }).click();
  await page.waitForFunction(() => document.querySelectorAll('#tables table').length === 0);
  await picker.setInputFiles(path.join(ROOT, 'www/data/haiti-mss.json'));
  await waitForText(page, '#status', /^Ouvert\u00a0: haiti-mss\.json$/);
  await settled(page, true);
  assert.equal(await page.getByLabel('Titre (obligatoire)').inputValue(), JSON.parse(fs.readFileSync(path.join(ROOT, 'www/data/haiti-mss.json'), 'utf8')).title.fr);
  assert.equal(await previewHeadline(page, 'preview-article'), '11\u00a0% du financement reçu\u00a0: 68\u00a0M$ sur 600\u00a0M$');

  // A broken file says why, and what was there stays.
  await picker.setInputFiles({ name: 'casse.json', mimeType: 'application/json', buffer: Buffer.from('{"format": "pledgeviz/1", ', 'utf8') });
  await waitForText(page, '#data-problem', /^Ce fichier n’a pas pu être ouvert\u00a0: /);
  assert.equal(await page.getByLabel('Titre (obligatoire)').inputValue(), JSON.parse(fs.readFileSync(path.join(ROOT, 'www/data/haiti-mss.json'), 'utf8')).title.fr);
  assert.deepEqual(problems, []);
  await context.close();
});

test('the plain iframe snippets are tall enough for the chart on a 320 px phone', { timeout: 90_000 }, async () => {
  const { page, context } = await openEditor();
  await haitiDraft(page);
  await previewHeadline(page, 'preview-phone');
  // The snippet takes its height from the phone preview once it has reported it.
  await page.waitForFunction(() => document.getElementById('preview-phone').style.height !== '');
  const phone = await page.locator('#preview-phone').evaluate((frame) => parseFloat(frame.style.height));
  const heightIn = async (id) => Number((await page.locator(`#${id}`).inputValue()).match(/ height="(\d+)"/)[1]);
  await page.waitForFunction((want) => document.getElementById('snippet-inline-iframe').value.includes(` height="${want}"`), Math.ceil((phone * 1.1) / 50) * 50);
  const height = await heightIn('snippet-inline-iframe');
  assert.equal(await heightIn('snippet-hosted-iframe'), height);
  // The chart itself, on a 320 px phone: nothing below the iframe's bottom.
  const address = (await page.locator('#snippet-inline-iframe').inputValue()).match(/src="([^"]+)"/)[1].replace(/&amp;/g, '&');
  const phonePage = await context.newPage();
  await phonePage.setViewportSize({ width: 320, height: 800 });
  await phonePage.goto(address.replace(/^https?:\/\/[^/]+\/(?:[^#?]*\/)?embed\.html/, `${env.server.url}embed.html`));
  await phonePage.locator('[data-part="bars"][aria-label]:not([aria-label=""])').waitFor({ timeout: 15_000 });
  const content = await phonePage.evaluate(() => document.documentElement.scrollHeight);
  assert.ok(content <= height, `the chart takes ${content} px at 320 px, the snippet gives ${height} px`);
  // And the copy button copies the height shown.
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await page.locator('#snippet-inline-iframe-copy').click();
  assert.match(await page.evaluate(() => navigator.clipboard.readText()), new RegExp(` height="${height}"`));
  await context.close();
});

test('a CSV saved by Excel in French (Windows-1252) reads as typed and the status says how it was read, in the editor\'s language', { timeout: 60_000 }, async () => {
  const { page, context, problems } = await openEditor();
  // As Excel saves "CSV (séparateur : point-virgule)" in France: Windows-1252, where "é" is
  // one byte (0xE9), the no-break space 0xA0 and "€" 0x80; not valid UTF-8.
  const csv = [
    'Donateur;Promis;Versé',
    `Union européenne;120${NBSP}000${NBSP}000,00 €;45${NBSP}500${NBSP}000,00 €`,
    `Allemagne;85${NBSP}000${NBSP}000,00 €;60${NBSP}250${NBSP}000,00 €`,
    `Norvège;18${NBSP}750${NBSP}000,00 €;4${NBSP}200${NBSP}000,00 €`,
    '',
  ].join('\r\n');
  const buffer = Buffer.from(csv.replace(/€/g, '\x80'), 'latin1');
  assert.throws(() => new TextDecoder('utf-8', { fatal: true }).decode(buffer));
  await page.getByLabel('Ou ouvrez un fichier CSV, ou un fichier pledgeviz à modifier').setInputFiles({ name: 'dons.csv', mimeType: 'text/csv', buffer });
  await page.locator('#tables table').waitFor({ timeout: 15_000 });
  assert.equal(await page.getByRole('status').first().textContent(), 'Ouvert\u00a0: dons.csv (lu comme Windows-1252, l’encodage d’Excel)');
  assert.equal(await page.getByLabel('Contenu de la colonne Versé').inputValue(), 'delivered');
  assert.equal(await page.getByLabel('Ligne 3, colonne Donateur').inputValue(), 'Allemagne');
  assert.equal(await page.getByLabel('Ligne 2, colonne Donateur').inputValue(), 'Union européenne');
  assert.equal(await page.getByLabel('Ligne 4, colonne Donateur').inputValue(), 'Norvège');
  assert.equal(await page.getByLabel('Ligne 2, colonne Versé').inputValue(), `45${NBSP}500${NBSP}000,00 €`);
  await page.getByLabel('Engagement dont parlent ces lignes').fill('Appel Soudan');
  await settled(page, false);
  // Every figure reads: what is left to fix is only what the journalist has not said yet.
  const listed = await page.locator('#problems li').allTextContents();
  assert.ok(listed.every((text) => !/^Ligne/.test(text) && !text.includes('\ufffd')), listed.join(' | '));
  // The status is said again in the editor's new language.
  await page.getByLabel('Langue de l’éditeur').selectOption('en');
  await waitForText(page, '#status', /^Opened: dons\.csv \(read as Windows-1252, Excel’s encoding\)$/);
  // A UTF-8 file with a byte-order mark is read as UTF-8, and the status says nothing more.
  await page.getByLabel('Or open a CSV file, or a pledgeviz file to edit').setInputFiles({ name: 'dons-utf8.csv', mimeType: 'text/csv', buffer: Buffer.from(`\ufeff${csv}`, 'utf8') });
  await waitForText(page, '#status', /^Opened: dons-utf8\.csv$/);
  assert.deepEqual(problems, []);
  await context.close();
});

test('a sheet saved by Excel as "Unicode Text" (UTF-16, either byte order, tab-separated) reads as a table and the status says how it was read', { timeout: 60_000 }, async () => {
  const { page, context, problems } = await openEditor();
  const sheet = [
    'Donateur\tPromis\tVersé',
    `Union européenne\t120${NBSP}000${NBSP}000,00 €\t45${NBSP}500${NBSP}000,00 €`,
    `Norvège\t18${NBSP}750${NBSP}000,00 €\t4${NBSP}200${NBSP}000,00 €`,
    '',
  ].join('\r\n');
  // As Excel writes it on Windows: a byte-order mark FF FE, then two bytes per character.
  const little = Buffer.from(`\ufeff${sheet}`, 'utf16le');
  assert.deepEqual([...little.subarray(0, 2)], [0xff, 0xfe]);
  const picker = page.getByLabel('Ou ouvrez un fichier CSV, ou un fichier pledgeviz à modifier');
  await picker.setInputFiles({ name: 'dons.txt', mimeType: 'text/plain', buffer: little });
  await page.locator('#tables table').waitFor({ timeout: 15_000 });
  assert.equal(await page.locator('#status').textContent(), 'Ouvert\u00a0: dons.txt (lu comme UTF-16, l’encodage du «\u00a0Texte Unicode\u00a0» d’Excel)');
  assert.equal(await page.getByLabel('Contenu de la colonne Versé').inputValue(), 'delivered');
  assert.equal(await page.getByLabel('Ligne 2, colonne Donateur').inputValue(), 'Union européenne');
  assert.equal(await page.getByLabel('Ligne 3, colonne Versé').inputValue(), `4${NBSP}200${NBSP}000,00 €`);
  // The other byte order (FE FF), and the status in the editor's other languages.
  const big = Buffer.from(`\ufeff${sheet}`, 'utf16le').swap16();
  assert.deepEqual([...big.subarray(0, 2)], [0xfe, 0xff]);
  await picker.setInputFiles({ name: 'dons-mac.txt', mimeType: 'text/plain', buffer: big });
  await page.waitForFunction(() => document.querySelectorAll('#tables table').length === 2);
  assert.equal(await page.locator('#tables table').nth(1).getByLabel('Ligne 3, colonne Donateur').inputValue(), 'Norvège');
  await page.getByLabel('Langue de l’éditeur').selectOption('en');
  await waitForText(page, '#status', /^Opened: dons-mac\.txt \(read as UTF-16, the encoding of Excel’s “Unicode Text”\)$/);
  await page.getByLabel('Language of the editor').selectOption('es');
  await waitForText(page, '#status', /^Abierto: dons-mac\.txt \(leído como UTF-16, la codificación del «Texto Unicode» de Excel\)$/);
  assert.deepEqual(problems, []);
  await context.close();
});

test('texts typed only in French are flagged next to a Spanish chart language, until translated', { timeout: 90_000 }, async () => {
  const { page, context } = await openEditor();
  await haitiDraft(page);
  const choice = page.getByLabel('Langue du graphique');
  const warning = page.locator('#preview-language-warning');
  assert.equal(await warning.isHidden(), true);
  await choice.selectOption('es');
  const said = 'Textes pas encore traduits en espagnol\u00a0: titre, ce que représente 100\u00a0%. Le graphique en espagnol mêlera deux langues\u00a0: cochez «\u00a0Español\u00a0» dans «\u00a0Langues des textes\u00a0» pour les traduire.';
  await page.waitForFunction((text) => document.getElementById('preview-language-warning').textContent === text, said);
  // Tied to the choice it is about, for a screen reader too, and said when it appears
  // after the rebuild, since focus is not on it.
  assert.equal(await choice.evaluate((select) => document.getElementById(select.getAttribute('aria-describedby')).textContent), said);
  const region = page.getByRole('status').filter({ hasText: 'Textes pas encore traduits' });
  assert.equal((await region.textContent()).trim(), said);
  // Said once: a rebuild that changes nothing in it leaves it untouched.
  await region.evaluate((live) => {
    window.regionChanges = 0;
    new MutationObserver((changes) => { window.regionChanges += changes.length; }).observe(live, { subtree: true, childList: true, characterData: true, attributes: true });
  });
  await page.getByLabel('Adresse de la source').fill('https://example.org/lettre-du-president');
  await settled(page, true);
  assert.equal(await page.evaluate(() => window.regionChanges), 0);
  await page.getByRole('checkbox', { name: 'Español' }).check();
  await page.getByLabel('Titre (obligatoire) (Español)').fill('Misión multinacional en Haití');
  await page.getByRole('group', { name: 'Engagement Financement' }).getByLabel('Ce que représente 100 % (obligatoire) (Español)').fill('coste estimado del primer año');
  await page.getByRole('group', { name: 'Engagement Personnel' }).getByLabel('Ce que représente 100 % (obligatoire) (Español)').fill('personal prometido');
  await settled(page, true);
  assert.equal(await warning.isHidden(), true);
  // Back to a French chart: nothing is missing.
  await choice.selectOption('fr');
  await settled(page, true);
  assert.equal(await warning.isHidden(), true);
  await context.close();
});

test('an ambiguous date asks which order, and the answer settles it', { timeout: 60_000 }, async () => {
  const { page, context } = await openEditor();
  await paste(page, 'Engagement\tDate\tLivré\nFinancement\t03/04/2025\t10\nFinancement\t05/06/2025\t20\n');
  await settled(page, false);
  const question = 'Colonne «\u00a0Date\u00a0»\u00a0: dans «\u00a003/04/2025\u00a0», le jour vient-il avant le mois\u00a0?';
  const column = page.getByLabel('Contenu de la colonne Date');
  assert.equal(await page.locator('th', { has: column }).locator('.problem').textContent(), question);
  const order = page.getByLabel('Dates écrites en chiffres').first();
  assert.equal(await order.inputValue(), '');
  await order.selectOption('day_first');
  await page.waitForFunction(() => !document.querySelector('#problems').textContent.includes('le jour vient-il'));
  assert.equal(await page.locator('th .problem').count(), 0);
  await context.close();
});

test('a reload keeps the draft, and start over clears it', { timeout: 60_000 }, async () => {
  const { page, context } = await openEditor();
  await paste(page, FRENCH_SHEET);
  await page.getByLabel('Titre (obligatoire)').fill('Mission multinationale en Haïti');
  await page.getByLabel('Contenu de la colonne Commentaire').selectOption('ignore');
  await settled(page, false);
  await page.reload();
  await page.waitForFunction(() => !document.getElementById('editor').hasAttribute('aria-busy'), null, { timeout: 15_000 });
  assert.equal(await page.getByLabel('Titre (obligatoire)').inputValue(), 'Mission multinationale en Haïti');
  assert.equal(await page.getByLabel('Ligne 2, colonne Livré').inputValue(), `67${NNBSP}999${NNBSP}999,5`);
  assert.equal(await page.getByLabel('Contenu de la colonne Commentaire').inputValue(), 'ignore');
  assert.equal(await page.getByRole('status').first().textContent(), 'Brouillon retrouvé dans ce navigateur.');
  // Said again in the editor's new language, not left in the old one.
  await page.getByLabel('Langue de l’éditeur').selectOption('es');
  await waitForText(page, '#status', /^Borrador recuperado de este navegador\.$/);
  await page.getByLabel('Idioma del editor').selectOption('fr');
  await waitForText(page, '#status', /^Brouillon retrouvé dans ce navigateur\.$/);
  page.once('dialog', (dialog) => dialog.accept());
  await page.getByRole('button', { name: 'Tout recommencer' }).click();
  await page.waitForFunction(() => document.querySelectorAll('#tables table').length === 0);
  assert.equal(await page.getByLabel('Titre (obligatoire)').inputValue(), '');
  await page.reload();
  await page.waitForFunction(() => !document.getElementById('editor').hasAttribute('aria-busy'), null, { timeout: 15_000 });
  assert.equal(await page.locator('#tables table').count(), 0);
  await context.close();
});

test('the editor has no axe-core violations (WCAG 2.2 AA) at 360 and 1200 px', { timeout: 120_000 }, async () => {
  const axe = path.join(ROOT, 'tests/e2e/node_modules/axe-core/axe.min.js');
  for (const width of [360, 1200]) {
    // axe is injected as a script, which the page's CSP forbids: this context only bypasses it.
    const context = await env.browser.newContext({ viewport: { width, height: 900 }, bypassCSP: true });
    await context.addInitScript({ path: axe });
    const page = await context.newPage();
    await page.goto(`${env.server.url}editor.html`);
    await page.waitForFunction(() => !document.getElementById('editor').hasAttribute('aria-busy'), null, { timeout: 15_000 });
    await haitiDraft(page);
    await previewHeadline(page, 'preview-article');
    // One problem on the page too, to check how problems are tied to their fields.
    await page.getByLabel('Adresse de la source').fill('example.org');
    await settled(page, false);
    const violations = await page.evaluate(async () => {
      const result = await window.axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'] } });
      return result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
    });
    assert.deepEqual(violations, [], `at ${width}px`);
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    assert.equal(overflow, 0, `horizontal scroll at ${width}px`);
    await context.close();
  }
});
