// Shared helpers for the end-to-end tests: Debian's Chromium through playwright-core,
// and a static server with the production CSP started on a free port.
import { chromium } from 'playwright-core';
import { before, after } from 'node:test';
import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import path from 'node:path';
import net from 'node:net';

export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

export const CHROMIUM_ARGS = [
  '--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking',
  '--disable-component-update', '--disable-sync', '--no-first-run', '--disable-quic',
];

export function launch() {
  return chromium.launch({ executablePath: process.env.CHROMIUM || '/usr/bin/chromium', args: CHROMIUM_ARGS });
}

async function freePort() {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
    server.on('error', reject);
  });
}

/** Starts tools/serve.py on a free port, serving the published site (target/site: www/ minified,
 * written by tools/build.sh); resolves to { url, stop }. `env` adds CONNECT_SRC or CORS. */
export async function serve(env = {}) {
  const port = await freePort();
  const child = spawn('python3', [path.join(ROOT, 'tools/serve.py'), path.join(ROOT, 'target/site')], {
    env: { ...process.env, PORT: String(port), PLEDGEVIZ_QUIET: '1', ...env },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  await new Promise((resolve, reject) => {
    child.stdout.on('data', (chunk) => { if (String(chunk).includes('serving')) resolve(); });
    child.on('exit', (code) => reject(new Error(`server exited with ${code}`)));
  });
  return { url: `http://localhost:${port}/`, stop: () => child.kill() };
}

/** Opens the page and waits until both charts are drawn. Collects console errors and CSP violations. */
export async function openPage(browser, url, { width = 1200, height = 900, deviceScaleFactor = 1 } = {}) {
  const context = await browser.newContext({ viewport: { width, height }, deviceScaleFactor });
  const page = await context.newPage();
  const problems = [];
  page.on('console', (message) => { if (message.type() === 'error') problems.push(message.text()); });
  page.on('pageerror', (error) => problems.push(String(error)));
  // Runs in every frame, iframes included: a CSP violation anywhere is a console error.
  await context.addInitScript(() => {
    window.__violations = 0;
    document.addEventListener('securitypolicyviolation', (event) => {
      window.__violations += 1;
      console.error(`CSP violation: ${event.violatedDirective} ${event.blockedURI}`);
    });
  });
  await page.goto(url);
  return { page, context, problems };
}

/**
 * Waits until the first element matching `selector` has text matching `pattern`. The page
 * updates text and then draws in the same animation frame callback, so once the text is
 * there the charts are drawn too.
 */
export async function waitForText(page, selector, pattern) {
  await page.waitForFunction(
    ([selector, source, flags]) => new RegExp(source, flags).test(document.querySelector(selector)?.textContent ?? ''),
    [selector, pattern.source, pattern.flags],
    { timeout: 15_000 },
  );
}

/** Waits until the charts have been drawn once. */
export async function waitForCharts(page) {
  await page.waitForFunction(() => {
    const canvas = document.querySelector('[data-part="bars"]');
    return canvas && canvas.width > 0 && canvas.getAttribute('aria-label');
  }, null, { timeout: 15_000 });
}

/**
 * Starts a server and a browser before a test file's tests and stops them after; returns
 * an object whose `server` and `browser` are set once they run.
 */
export function withBrowser() {
  const env = {};
  before(async () => {
    env.server = await serve();
    env.browser = await launch();
  });
  after(async () => {
    await env.browser?.close();
    env.server?.stop();
  });
  return env;
}
