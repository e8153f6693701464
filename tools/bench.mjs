// In-browser benchmark of the widget against Chart.js 4 drawing the same charts, headless
// Chromium; prints a table. Run with `bash tools/bench.sh` (it builds first). Figures, not
// pass/fail: the targets are in the README and the issue notes compare against them.
//
// Three pages, served by tools/serve.py with the production CSP:
//   ours      /embed.html, the published embed view
//   chartjs   /bench/chartjs.html, the same bar chart, timeline, text and one slider drawn
//             with Chart.js 4 (tools/bench/, never part of the published www/)
//   control   /bench/control.html, the embed view's markup whose sliders redraw nothing
// Per slider input, the main thread's CPU time comes from the DevTools protocol
// (Performance.getMetrics in thread ticks: TaskDuration, with ScriptDuration, LayoutDuration
// and RecalcStyleDuration): style, layout, canvas work and paint included, not only our code.
// Rounds alternate the pages so the noise of a shared machine hits them alike; each page's
// figure is the median over rounds of its time minus the control's in the same round.
import { chromium } from '../tests/e2e/node_modules/playwright-core/index.mjs';
import { serve, CHROMIUM_ARGS, ROOT } from '../tests/e2e/browser.mjs';
import { execFileSync, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';

const INPUTS = Number(process.env.BENCH_INPUTS || 500); // per page and dataset, over all rounds
const ROUNDS = Number(process.env.BENCH_ROUNDS || 5);
const PER_ROUND = Math.max(1, Math.round(INPUTS / ROUNDS));
const FIRST_RUNS = Number(process.env.BENCH_FIRST_RUNS || 7);
const MEMORY_INPUTS = Number(process.env.BENCH_MEMORY_INPUTS || 10_000);
const WARM_UP = 50; // inputs before measuring, so both pages' scripts are optimised
const PARAGRAPHS = 3_000;

const CHART_JS_DIST = path.join(ROOT, 'tests/e2e/node_modules/chart.js/dist');
const CHART_JS = fs.existsSync(path.join(CHART_JS_DIST, 'chart.umd.min.js')) ? 'chart.umd.min.js' : 'chart.umd.js';
const chartJsVersion = JSON.parse(fs.readFileSync(path.join(CHART_JS_DIST, '../package.json'), 'utf8')).version;

// Size: one embed view against Chart.js's library alone, and against the reference page
// as a whole (library, its own unminified script, the same CSS).
const gzip = (file) => zlib.gzipSync(fs.readFileSync(file), { level: 9 }).length;
const www = (file) => path.join(ROOT, 'target/site', file);
// The embed view as the size budget counts it (one list of files, in tools/size_budget.py).
const budget = spawnSync('python3', [path.join(ROOT, 'tools/size_budget.py')], { encoding: 'utf8' });
const viewBytes = Number(/size: total\s+([\d,]+) B/.exec(budget.stdout)[1].replace(/,/g, ''));
const chartJsBytes = gzip(path.join(CHART_JS_DIST, CHART_JS));
const chartJsPageBytes = chartJsBytes + gzip(path.join(ROOT, 'tools/bench/chartjs.js')) + gzip(path.join(ROOT, 'tools/bench/bench.css'))
  + gzip(www('style.css')) + gzip(www('embed.css'));

const large = execFileSync('cargo', ['run', '--quiet', '--release', '--example', 'sample', '--', '200', '5000'], { cwd: ROOT, maxBuffer: 64 << 20 });

const server = await serve({ MOUNTS: `/bench/=${path.join(ROOT, 'tools/bench')} /bench/chart.js/=${CHART_JS_DIST}` });
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM || '/usr/bin/chromium',
  args: [...CHROMIUM_ARGS, '--enable-precise-memory-info', '--js-flags=--expose-gc'],
});
const version = browser.version();

const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
const percentile = (values, p) => [...values].sort((a, b) => a - b)[Math.min(values.length - 1, Math.ceil(values.length * p) - 1)];
/** The page order of round `round`: each page takes each position in turn. */
const rotate = (names, round) => names.map((_, i) => names[(i + round) % names.length]);

const PAGES = {
  ours: { path: 'embed.html', mark: 'pledgeviz:first-draw' },
  chartjs: { path: 'bench/chartjs.html', mark: 'chartjs:first-draw' },
  control: { path: 'bench/control.html', mark: 'pledgeviz:first-draw' },
};
const DATASETS = [
  { key: 'default', name: 'default', url: '/data/haiti-mss.json' },
  { key: 'large', name: 'large (200 contributors, 5,000 observations)', url: '/bench/large.json' },
];

/**
 * A host article of `paragraphs` paragraphs with the widget in the middle, or (`control`)
 * the control page in a plain iframe of about the widget's height: the same article's cost
 * per animation frame without any redraw, to subtract.
 */
function hostPage(paragraphs, data, control) {
  const filler = Array.from({ length: paragraphs }, (_, i) => `<p>Paragraphe ${i} : ${'texte d’article '.repeat(12)}</p>`).join('\n');
  const widget = control
    ? `<div id="w"><iframe src="/bench/control.html?data=${data}" title="control" style="width:100%;height:1500px;border:0"></iframe></div>`
    : `<pledge-viz data-src="${data}" id="w"></pledge-viz>`;
  return `<!doctype html><html lang="fr"><head><meta charset="utf-8"><script type="module" src="/embed.js"></script></head>
<body><article>${filler.slice(0, filler.length / 2)}${widget}${filler.slice(filler.length / 2)}</article></body></html>`;
}

async function newPage() {
  const context = await browser.newContext({ viewport: { width: 1200, height: 900 } });
  // When a page marks its first drawing, mark again once the frame showing it has been
  // produced: a task after the animation frame's style, layout and paint.
  await context.addInitScript(() => {
    const mark = performance.mark.bind(performance);
    performance.mark = (name, options) => {
      const entry = mark(name, options);
      if (name.endsWith(':first-draw')) requestAnimationFrame(() => setTimeout(() => mark('bench:shown'), 0));
      return entry;
    };
  });
  const page = await context.newPage();
  await page.route((url) => url.pathname === '/bench/large.json', (route) => route.fulfill({ contentType: 'application/json', body: large }));
  await page.route((url) => url.pathname.startsWith('/bench/host-'), (route) => {
    const [, paragraphs, data, control] = new URL(route.request().url()).pathname.match(/host-(\d+)-([a-z]+)(-control)?\.html/);
    route.fulfill({ contentType: 'text/html', body: hostPage(Number(paragraphs), data === 'large' ? '/bench/large.json' : '/data/haiti-mss.json', Boolean(control)) });
  });
  const problems = [];
  page.on('pageerror', (error) => problems.push(String(error)));
  page.on('console', (message) => { if (message.type() === 'error') problems.push(message.text()); });
  return { context, page, problems };
}

/**
 * In a frame: moves the first slider `count` times, one input event per animation frame,
 * the same way on every page; returns the page's own redraw times (data-render-ms).
 */
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

const METRICS = { task: 'TaskDuration', script: 'ScriptDuration', layout: 'LayoutDuration', style: 'RecalcStyleDuration' };
async function metrics(cdp) {
  const { metrics: list } = await cdp.send('Performance.getMetrics');
  const byName = Object.fromEntries(list.map(({ name, value }) => [name, value]));
  return Object.fromEntries(Object.entries(METRICS).map(([key, name]) => [key, byName[name] * 1000]));
}

/** Opens `url`, waits for the charts, warms up, then measures `PER_ROUND` inputs: ms per input. */
async function perInput(url, { inFrame = false } = {}) {
  const { context, page, problems } = await newPage();
  await page.goto(url);
  if (inFrame) await page.locator('#w iframe').scrollIntoViewIfNeeded(); // the iframe loads lazily, as a reader scrolls to it
  const frame = inFrame ? await (await page.waitForSelector('#w iframe')).contentFrame() : page.mainFrame();
  await frame.waitForFunction(() => performance.getEntriesByName('bench:shown').length > 0
    && (!location.pathname.endsWith('control.html') || document.querySelector('.pledgeviz')?.dataset.control), null, { timeout: 30_000 });
  await slide(frame, WARM_UP);
  const cdp = await context.newCDPSession(page);
  // Thread CPU time, not wall time: a task descheduled by another worker's build does not
  // count against the page (on an idle machine the two are nearly equal).
  await cdp.send('Performance.enable', { timeDomain: 'threadTicks' });
  const before = await metrics(cdp);
  const times = await slide(frame, PER_ROUND);
  const after = await metrics(cdp);
  await context.close();
  if (problems.length) throw new Error(`${url}: ${problems.join('; ')}`);
  const result = Object.fromEntries(Object.keys(METRICS).map((key) => [key, (after[key] - before[key]) / PER_ROUND]));
  return { ...result, times };
}

/** Navigation to both charts drawn (the page's mark) and to the frame showing them. */
async function firstDraw(url, mark) {
  const { context, page, problems } = await newPage();
  await page.goto(url);
  await page.waitForFunction(() => performance.getEntriesByName('bench:shown').length > 0, null, { timeout: 30_000 });
  const result = await page.evaluate((mark) => ({
    drawn: performance.getEntriesByName(mark)[0].startTime,
    shown: performance.getEntriesByName('bench:shown')[0].startTime,
  }), mark);
  await context.close();
  if (problems.length) throw new Error(`${url}: ${problems.join('; ')}`);
  return result;
}

const progress = (line) => process.stderr.write(`bench: ${line}\n`);
const perInputResults = {};
const firstDrawResults = {};
for (const dataset of DATASETS) {
  const rounds = { ours: [], chartjs: [], control: [] };
  for (let round = 0; round < ROUNDS; round += 1) {
    for (const name of rotate(Object.keys(rounds), round)) {
      rounds[name].push(await perInput(`${server.url}${PAGES[name].path}?data=${dataset.url}`));
    }
    progress(`${dataset.key}: per-input round ${round + 1}/${ROUNDS}`);
  }
  const net = (name, key) => median(rounds[name].map((sample, round) => sample[key] - rounds.control[round][key]));
  perInputResults[dataset.key] = {
    net: Object.fromEntries(['ours', 'chartjs'].map((name) => [name, Object.fromEntries(Object.keys(METRICS).map((key) => [key, net(name, key)]))])),
    raw: Object.fromEntries(Object.keys(rounds).map((name) => [name, median(rounds[name].map((sample) => sample.task))])),
    ourCode: rounds.ours.flatMap((sample) => sample.times),
  };

  const draws = { ours: [], chartjs: [] };
  for (let run = 0; run < FIRST_RUNS; run += 1) {
    for (const name of rotate(Object.keys(draws), run)) {
      draws[name].push(await firstDraw(`${server.url}${PAGES[name].path}?data=${dataset.url}`, PAGES[name].mark));
    }
  }
  firstDrawResults[dataset.key] = Object.fromEntries(Object.entries(draws).map(([name, runs]) => [name, {
    drawn: median(runs.map((run) => run.drawn)), shown: median(runs.map((run) => run.shown)),
  }]));
  progress(`${dataset.key}: first drawing done`);
}

// The widget inside a host article of 3,000 paragraphs against an empty host page, each
// beside the control page in the same host (a same-origin iframe shares the host's main
// thread, so each animation frame also costs the host's own rendering work).
const hosts = { empty: [], long: [], emptyControl: [], longControl: [] };
for (let round = 0; round < ROUNDS; round += 1) {
  for (const name of rotate(Object.keys(hosts), round)) {
    const paragraphs = name.startsWith('empty') ? 0 : PARAGRAPHS;
    hosts[name].push(await perInput(`${server.url}bench/host-${paragraphs}-default${name.endsWith('Control') ? '-control' : ''}.html`, { inFrame: true }));
  }
}
const hostTask = Object.fromEntries(Object.entries(hosts).map(([name, rounds]) => [name, median(rounds.map((sample) => sample.task))]));
const hostNet = Object.fromEntries(['empty', 'long'].map((name) => [name, median(hosts[name].map((sample, round) => sample.task - hosts[`${name}Control`][round].task))]));
progress('host pages done');

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
const fmt = (ms) => `${ms.toFixed(2)} ms`;
const ratio = (ours, theirs) => (theirs > 0 ? `${(ours / theirs).toFixed(2)}×` : '—');
const row = (cells) => console.log(`| ${cells.join(' | ')} |`);
console.log(`\npledgeviz in-browser benchmark: Chromium ${version}, Chart.js ${chartJsVersion}; per slider input, ${ROUNDS} rounds of ${PER_ROUND} inputs per page and dataset, pages alternating; first drawing, median of ${FIRST_RUNS}\n`);
row(['measure', 'pledgeviz', `Chart.js ${chartJsVersion}`, 'ratio', 'target']);
row(['---', '---', '---', '---', '---']);
row(['one view, gzip -9: pledgeviz embed (wasm + JS + CSS) / Chart.js library alone', `${viewBytes.toLocaleString('en')} B (${kb(viewBytes)})`, `${chartJsBytes.toLocaleString('en')} B (${kb(chartJsBytes)})`, ratio(viewBytes, chartJsBytes), '≤ 72,000 B']);
row(['one view, gzip -9: Chart.js with the reference page\'s script (unminified) and the same CSS', '', `${chartJsPageBytes.toLocaleString('en')} B (${kb(chartJsPageBytes)})`, ratio(viewBytes, chartJsPageBytes), '']);
for (const dataset of DATASETS) {
  const { net, raw, ourCode } = perInputResults[dataset.key];
  // Issue 12: at most half of Chart.js's time per input, and a first drawing no later.
  const target = '≤ 0.5×';
  row([`${dataset.name}: main-thread CPU time per slider input (TaskDuration, net of control)`, fmt(net.ours.task), fmt(net.chartjs.task), ratio(net.ours.task, net.chartjs.task), target]);
  row([`${dataset.name}: of which script (ScriptDuration)`, fmt(net.ours.script), fmt(net.chartjs.script), ratio(net.ours.script, net.chartjs.script), '']);
  row([`${dataset.name}: of which style (RecalcStyleDuration)`, fmt(net.ours.style), fmt(net.chartjs.style), ratio(net.ours.style, net.chartjs.style), '']);
  row([`${dataset.name}: of which layout (LayoutDuration)`, fmt(net.ours.layout), fmt(net.chartjs.layout), ratio(net.ours.layout, net.chartjs.layout), '']);
  const other = (n) => n.task - n.script - n.style - n.layout;
  row([`${dataset.name}: of which the rest (paint, canvas, GC, …)`, fmt(other(net.ours)), fmt(other(net.chartjs)), ratio(other(net.ours), other(net.chartjs)), '']);
  row([`${dataset.name}: before subtracting, per input (control page: ${fmt(raw.control)})`, fmt(raw.ours), fmt(raw.chartjs), ratio(raw.ours, raw.chartjs), '']);
  row([`${dataset.name}: redraw inside the page's own code, median / p95 (the old figure)`, `${fmt(median(ourCode))} / ${fmt(percentile(ourCode, 0.95))}`, '', '', '']);
  const first = firstDrawResults[dataset.key];
  row([`${dataset.name}: navigation to both charts drawn`, fmt(first.ours.drawn), fmt(first.chartjs.drawn), ratio(first.ours.drawn, first.chartjs.drawn), '≤ 1×']);
  row([`${dataset.name}: navigation to the frame showing them`, fmt(first.ours.shown), fmt(first.chartjs.shown), ratio(first.ours.shown, first.chartjs.shown), '']);
}
row(['in an empty host page: main-thread CPU time per slider input (TaskDuration), net of the control page in the same host', `${fmt(hostNet.empty)} (${fmt(hostTask.empty)} − ${fmt(hostTask.emptyControl)})`, '', '', '']);
row([`in a host article of ${PARAGRAPHS.toLocaleString('en')} paragraphs: the same`, `${fmt(hostNet.long)} (${fmt(hostTask.long)} − ${fmt(hostTask.longControl)})`, '', '', `within 10 % of the empty page (${(((hostNet.long / hostNet.empty) - 1) * 100).toFixed(1)} %)`]);
row([`JS heap growth after ${MEMORY_INPUTS.toLocaleString('en')} inputs`, `${kb(after.heap - before.heap)} (${kb(before.heap)} → ${kb(after.heap)})`, '', '', '< 1 MB']);
row([`wasm memory growth after ${MEMORY_INPUTS.toLocaleString('en')} inputs`, `${kb(after.wasm - before.wasm)} (${kb(before.wasm)} → ${kb(after.wasm)})`, '', '', '< 1 MB']);
