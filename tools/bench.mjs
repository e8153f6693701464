// In-browser benchmark of the widget, headless Chromium; prints a table. Run with
// `bash tools/bench.sh` (it builds first). Figures, not pass/fail: the targets are in the
// README and the issue notes compare against them.
import { chromium } from '../tests/e2e/node_modules/playwright-core/index.mjs';
import { serve, CHROMIUM_ARGS, ROOT } from '../tests/e2e/browser.mjs';
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';

const INPUTS = Number(process.env.BENCH_INPUTS || 500);
const MEMORY_INPUTS = Number(process.env.BENCH_MEMORY_INPUTS || 10_000);
const PARAGRAPHS = 3_000;

const gzip = (file) => zlib.gzipSync(fs.readFileSync(path.join(ROOT, 'www', file)), { level: 9 }).length;
const viewFiles = ['pkg/pledgeviz_bg.wasm', 'pkg/pledgeviz.js', 'widget.js', 'embed-page.js', 'style.css', 'embed.css'];
const viewBytes = viewFiles.reduce((sum, file) => sum + gzip(file), 0);

const large = execFileSync('cargo', ['run', '--quiet', '--release', '--example', 'sample', '--', '200', '5000'], { cwd: ROOT, maxBuffer: 64 << 20 });

const server = await serve();
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM || '/usr/bin/chromium',
  args: [...CHROMIUM_ARGS, '--enable-precise-memory-info', '--js-flags=--expose-gc'],
});

const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
const percentile = (values, p) => [...values].sort((a, b) => a - b)[Math.min(values.length - 1, Math.ceil(values.length * p) - 1)];

function hostPage(paragraphs, data) {
  const filler = Array.from({ length: paragraphs }, (_, i) => `<p>Paragraphe ${i} : ${'texte d’article '.repeat(12)}</p>`).join('\n');
  return `<!doctype html><html lang="fr"><head><meta charset="utf-8"><script type="module" src="/embed.js"></script></head>
<body><article>${filler.slice(0, filler.length / 2)}<pledge-viz data-src="${data}" id="w"></pledge-viz>${filler.slice(filler.length / 2)}</article></body></html>`;
}

async function newPage() {
  const context = await browser.newContext({ viewport: { width: 1200, height: 900 } });
  const page = await context.newPage();
  await page.route((url) => url.pathname === '/bench/large.json', (route) => route.fulfill({ contentType: 'application/json', body: large }));
  await page.route((url) => url.pathname.startsWith('/bench/host-'), (route) => {
    const [, paragraphs, data] = new URL(route.request().url()).pathname.match(/host-(\d+)-(\w+)\.html/);
    route.fulfill({ contentType: 'text/html', body: hostPage(Number(paragraphs), data === 'large' ? '/bench/large.json' : '/data/haiti-mss.json') });
  });
  return { context, page };
}

/** In the widget's frame: moves the first slider `count` times, one input per frame; returns redraw times. */
async function slide(frame, count) {
  return frame.evaluate(async (count) => {
    const input = document.querySelector('input[type="range"]');
    const root = document.querySelector('.pledgeviz');
    const max = Number(input.max);
    const times = [];
    for (let i = 0; i < count; i += 1) {
      input.value = String(((i * 7919) % 100) / 100 * max);
      input.dispatchEvent(new Event('input'));
      await new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));
      times.push(Number(root.dataset.renderMs));
    }
    return times;
  }, count);
}

async function firstDraw(data) {
  const runs = [];
  for (let run = 0; run < 5; run += 1) {
    const { context, page } = await newPage();
    await page.goto(`${server.url}embed.html?data=${data}`);
    await page.waitForFunction(() => performance.getEntriesByName('pledgeviz:first-draw').length > 0, null, { timeout: 30_000 });
    runs.push(await page.evaluate(() => performance.getEntriesByName('pledgeviz:first-draw')[0].startTime));
    await context.close();
  }
  return median(runs);
}

async function redrawIn(url, inFrame) {
  const { context, page } = await newPage();
  await page.goto(url);
  if (inFrame) await page.locator('#w iframe').scrollIntoViewIfNeeded(); // the iframe loads lazily, as a reader scrolls to it
  const frame = inFrame ? await (await page.waitForSelector('#w iframe')).contentFrame() : page.mainFrame();
  await frame.waitForFunction(() => document.querySelector('.pledgeviz')?.dataset.renderMs, null, { timeout: 30_000 });
  await slide(frame, 20); // warm-up
  const times = await slide(frame, INPUTS);
  await context.close();
  return { median: median(times), p95: percentile(times, 0.95) };
}

const rows = [];
const fmt = (ms) => `${ms.toFixed(2)} ms`;
for (const [name, data] of [['default', '/data/haiti-mss.json'], ['large (200 contributors, 5,000 observations)', '/bench/large.json']]) {
  const first = await firstDraw(data);
  const alone = await redrawIn(`${server.url}embed.html?data=${data}`, false);
  rows.push([name, fmt(first), `${fmt(alone.median)} / ${fmt(alone.p95)}`]);
}
const key = 'default';
const empty = await redrawIn(`${server.url}bench/host-0-${key}.html`, true);
const long = await redrawIn(`${server.url}bench/host-${PARAGRAPHS}-${key}.html`, true);

// Memory after many slider inputs, default dataset.
const { context, page } = await newPage();
await page.goto(`${server.url}embed.html`);
await page.waitForFunction(() => document.querySelector('.pledgeviz')?.dataset.renderMs);
await slide(page.mainFrame(), 100);
const measure = () => page.evaluate(() => { window.gc?.(); return { heap: performance.memory.usedJSHeapSize, wasm: Number(document.querySelector('.pledgeviz').dataset.wasmBytes) }; });
const before = await measure();
await slide(page.mainFrame(), MEMORY_INPUTS);
const after = await measure();
await context.close();
await browser.close();
server.stop();

const kb = (bytes) => `${(bytes / 1024).toFixed(1)} KiB`;
console.log(`\npledgeviz in-browser benchmark (Chromium ${browser.version?.() ?? ''}, ${INPUTS} slider inputs per redraw figure)\n`);
console.log(`| measure | figure | target |`);
console.log(`|---|---|---|`);
console.log(`| one embed view, wasm + JS + CSS, gzip -9 | ${viewBytes.toLocaleString('en')} B (${kb(viewBytes)}) | < 60 KB |`);
for (const [name, first, redraw] of rows) {
  console.log(`| ${name}: navigation to charts drawn (median of 5) | ${first} | < 150 ms |`);
  console.log(`| ${name}: redraw per slider input, median / p95 | ${redraw} | < ${name === 'default' ? 4 : 16} ms median |`);
}
console.log(`| redraw in an empty host page, median / p95 | ${fmt(empty.median)} / ${fmt(empty.p95)} | |`);
console.log(`| redraw in a host article of ${PARAGRAPHS.toLocaleString('en')} paragraphs, median / p95 | ${fmt(long.median)} / ${fmt(long.p95)} | within 10 % of the empty page (${(((long.median / empty.median) - 1) * 100).toFixed(1)} %) |`);
console.log(`| JS heap growth after ${MEMORY_INPUTS.toLocaleString('en')} inputs | ${kb(after.heap - before.heap)} (${kb(before.heap)} → ${kb(after.heap)}) | < 1 MB |`);
console.log(`| wasm memory growth after ${MEMORY_INPUTS.toLocaleString('en')} inputs | ${kb(after.wasm - before.wasm)} (${kb(before.wasm)} → ${kb(after.wasm)}) | < 1 MB |`);
