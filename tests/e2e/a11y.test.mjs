// Accessibility end to end (issue 10, "What readers see"): axe-core with the WCAG 2.2 AA
// rules on the demo page, the embed page in every theme and the example article with its
// iframes, in a light and a dark system setting, at 360 and 1200 px; the contrast of the
// widget's text against what is really behind it; 200 % text; the article's landmark and
// iframe titles; and screenshots of a scenario to look at.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { createRequire } from 'node:module';
import { ROOT, withBrowser } from './browser.mjs';

const env = withBrowser();
const AXE_SOURCE = fs.readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
const WCAG_22_AA = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];
const SCENARIO = 'funding.extra=200000000&funding.pace=50000000';

/** A page in a context with this system colour scheme and width. */
async function open(url, { scheme = 'light', width = 1200, height = 900 } = {}) {
  const context = await env.browser.newContext({ colorScheme: scheme, viewport: { width, height } });
  const page = await context.newPage();
  await page.goto(`${env.server.url}${url}`);
  return { page, context };
}

/** Waits until the widget in this frame (or page) has drawn its charts. */
function drawn(frame) {
  return frame.waitForFunction(() => {
    const canvas = document.querySelector('[data-part="bars"]');
    return canvas && canvas.width > 0 && canvas.getAttribute('aria-label');
  }, null, { timeout: 15_000 });
}

/** The frames of the article's widgets, each scrolled into view (they load lazily) and drawn. */
async function articleFrames(page) {
  const frames = [];
  for (const id of ['widget-mss', 'widget-example']) {
    const element = page.locator(`#${id} iframe`);
    await element.scrollIntoViewIfNeeded();
    const frame = await (await element.elementHandle()).contentFrame();
    await drawn(frame);
    frames.push(frame);
  }
  // Let the last height and theme messages settle.
  await page.waitForTimeout(300);
  return frames;
}

/**
 * axe-core's WCAG 2.2 AA violations in one document, its iframes left out (each is run on
 * its own). The script is evaluated through the test driver, which the page's CSP does
 * not govern, so the page keeps its production policy.
 */
async function axeViolations(frame) {
  if (!(await frame.evaluate(() => typeof window.axe === 'object'))) await frame.evaluate(AXE_SOURCE);
  const results = await frame.evaluate((tags) => window.axe.run(document, {
    runOnly: { type: 'tag', values: tags },
    iframes: false,
    resultTypes: ['violations'],
  }), WCAG_22_AA);
  return results.violations.map((violation) => `${violation.id} (${violation.nodes.length}): ${violation.nodes.slice(0, 3).map((node) => `${node.target.join(' ')} ${node.failureSummary.split('\n')[1] ?? ''}`).join(' | ')}`);
}

const WIDTHS = [360, 1200];

for (const scheme of ['light', 'dark']) {
  for (const width of WIDTHS) {
    test(`axe: the demo page, system ${scheme}, ${width} px: no WCAG 2.2 AA violation`, { timeout: 60_000 }, async () => {
      const { page, context } = await open(`#${SCENARIO}`, { scheme, width });
      await drawn(page);
      assert.deepEqual(await axeViolations(page.mainFrame()), []);
      await context.close();
    });
  }
}

for (const [theme, scheme] of [['light', 'light'], ['light', 'dark'], ['dark', 'light'], ['dark', 'dark'], ['auto', 'dark'], ['auto', 'light']]) {
  for (const width of WIDTHS) {
    test(`axe: embed.html?theme=${theme}, system ${scheme}, ${width} px: no WCAG 2.2 AA violation`, { timeout: 60_000 }, async () => {
      const { page, context } = await open(`embed.html?theme=${theme}#${SCENARIO}`, { scheme, width });
      await drawn(page);
      assert.deepEqual(await axeViolations(page.mainFrame()), []);
      await context.close();
    });
  }
}

for (const scheme of ['light', 'dark']) {
  for (const width of WIDTHS) {
    test(`axe: the example article and each of its iframes, system ${scheme}, ${width} px: no WCAG 2.2 AA violation`, { timeout: 90_000 }, async () => {
      const { page, context } = await open('article.html', { scheme, width });
      const frames = await articleFrames(page);
      assert.deepEqual(await axeViolations(page.mainFrame()), [], 'the article');
      for (const [index, frame] of frames.entries()) {
        assert.deepEqual(await axeViolations(frame), [], `iframe ${index + 1}`);
      }
      await context.close();
    });
  }
}

/**
 * Every visible text of a widget with its colour and the colour really behind it: the
 * first opaque background up its own document, else, through the iframe, up the host's.
 * Resolves to [{text, contrast}].
 */
async function textContrasts(page, frame, hostSelector) {
  const hostBackground = hostSelector
    ? await page.locator(hostSelector).evaluate((element) => {
      for (let node = element; node; node = node.parentElement) {
        const color = getComputedStyle(node).backgroundColor;
        if (color !== 'rgba(0, 0, 0, 0)') return color;
      }
      return 'rgb(255, 255, 255)';
    })
    : 'rgb(255, 255, 255)';
  return frame.evaluate((fallback) => {
    const rgb = (css) => css.match(/[\d.]+/g).map(Number);
    const luminance = ([r, g, b]) => {
      const channel = (value) => {
        const c = value / 255;
        return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
      };
      return 0.2126 * channel(r) + 0.7152 * channel(g) + 0.0722 * channel(b);
    };
    const contrast = (a, b) => {
      const [la, lb] = [luminance(a), luminance(b)];
      return (Math.max(la, lb) + 0.05) / (Math.min(la, lb) + 0.05);
    };
    const behind = (element) => {
      for (let node = element; node; node = node.parentElement) {
        const color = rgb(getComputedStyle(node).backgroundColor);
        if (color.length < 4 || color[3] === 1) return color.slice(0, 3);
      }
      return rgb(fallback);
    };
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    const seen = [];
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const element = node.parentElement;
      if (!node.textContent.trim() || !element.checkVisibility() || element.closest('.visually-hidden')) continue;
      const color = rgb(getComputedStyle(element).color);
      seen.push({ text: node.textContent.trim().slice(0, 40), contrast: contrast(color, behind(element)) });
    }
    return seen;
  }, hostBackground);
}

test('dark system, light article: every text of both widgets reads at 4.5:1 or more against what is behind it, charts included', { timeout: 60_000 }, async () => {
  const { page, context } = await open('article.html', { scheme: 'dark' });
  const frames = await articleFrames(page);
  for (const [index, frame] of frames.entries()) {
    const texts = await textContrasts(page, frame, `#${['widget-mss', 'widget-example'][index]}`);
    assert.ok(texts.length > 10, `${texts.length} texts`);
    const faint = texts.filter(({ contrast }) => contrast < 4.5);
    assert.deepEqual(faint, [], `iframe ${index + 1}`);
    // The charts are drawn on the same dark surface as the text around them, not on the article.
    const corner = await frame.locator('[data-part="bars"]').evaluate((canvas) => Array.from(canvas.getContext('2d').getImageData(0, 0, 1, 1).data));
    assert.deepEqual(corner, [22, 24, 29, 255]);
  }
  await context.close();
});

test('light system, light article: the widget is transparent and its text still reads at 4.5:1 or more', { timeout: 60_000 }, async () => {
  const { page, context } = await open('article.html', { scheme: 'light' });
  const [frame] = await articleFrames(page);
  const faint = (await textContrasts(page, frame, '#widget-mss')).filter(({ contrast }) => contrast < 4.5);
  assert.deepEqual(faint, []);
  assert.equal(await frame.evaluate(() => getComputedStyle(document.body).backgroundColor), 'rgba(0, 0, 0, 0)');
  const cornerAlpha = await frame.locator('[data-part="bars"]').evaluate((canvas) => canvas.getContext('2d').getImageData(0, 0, 1, 1).data[3]);
  assert.equal(cornerAlpha, 0, 'the article shows through the chart');
  await context.close();
});

test('the Copy / CSV / PNG buttons read at 4.5:1 or more in every dark setup', { timeout: 60_000 }, async () => {
  for (const [url, scheme] of [['embed.html?theme=dark', 'light'], ['embed.html?theme=auto', 'dark'], ['', 'dark']]) {
    const { page, context } = await open(url, { scheme });
    await drawn(page);
    const buttons = (await textContrasts(page, page.mainFrame(), null)).filter(({ text }) => /Copier|Télécharger/.test(text));
    assert.equal(buttons.length, 3, `${url}: ${JSON.stringify(buttons)}`);
    for (const { text, contrast } of buttons) assert.ok(contrast >= 4.5, `${url || 'demo page'} with a ${scheme} system: "${text}" at ${contrast.toFixed(2)}:1`);
    await context.close();
  }
  const { page, context } = await open('article.html', { scheme: 'dark' });
  const [frame] = await articleFrames(page);
  const buttons = (await textContrasts(page, frame, '#widget-mss')).filter(({ text }) => /Copier|Télécharger/.test(text));
  assert.equal(buttons.length, 3);
  for (const { text, contrast } of buttons) assert.ok(contrast >= 4.5, `article, dark system: "${text}" at ${contrast.toFixed(2)}:1`);
  await context.close();
});

test('at 200 % text every text grows, the charts’ text too, and at 320 px no caveat is cut', { timeout: 60_000 }, async () => {
  const context = await env.browser.newContext({ viewport: { width: 320, height: 800 } });
  // Every text the canvases draw, with its font, since the last reset.
  await context.addInitScript(() => {
    window.__drawn = [];
    const fillText = CanvasRenderingContext2D.prototype.fillText;
    CanvasRenderingContext2D.prototype.fillText = function record(text, ...rest) {
      window.__drawn.push({ text: String(text), part: this.canvas.dataset.part, px: Number(/(\d+(?:\.\d+)?)px/.exec(this.font)?.[1]) });
      return fillText.call(this, text, ...rest);
    };
  });
  const page = await context.newPage();
  await page.goto(`${env.server.url}embed.html?lang=fr#${SCENARIO}`);
  await drawn(page);
  const sizes = () => page.evaluate(() => {
    const px = (selector) => parseFloat(getComputedStyle(document.querySelector(selector)).fontSize);
    return {
      result: px('[data-part="result"]'),
      note: px('[data-part="notes"] li'),
      output: px('output'),
      button: px('[data-action="copy-link"]'),
      canvas: Math.max(...window.__drawn.map((drawn) => drawn.px)),
    };
  });
  const before = await sizes();
  await page.evaluate(() => {
    window.__drawn = [];
    document.documentElement.style.fontSize = '200%';
  });
  await page.waitForFunction((largest) => window.__drawn.some((drawn) => drawn.px > largest), before.canvas, { timeout: 10_000 });
  await page.waitForTimeout(300);
  const after = await sizes();
  for (const name of Object.keys(before)) {
    assert.equal(after[name], 2 * before[name], `${name}: ${before[name]}px then ${after[name]}px`);
  }
  // The bar chart was drawn again: every caveat is there in full, on as many lines as it
  // needs. (The timeline's event names may still be shortened at this size.)
  const texts = await page.evaluate(() => window.__drawn.filter((drawn) => drawn.part === 'bars').map((drawn) => drawn.text));
  assert.deepEqual(texts.filter((text) => text.endsWith('…')), []);
  const joined = texts.join(' ').replace(/\s/g, ' ');
  for (const caveat of ['personnel promis (effectif non publié dans la source)', 'coût estimé de la première année', '100 % = la référence indiquée sous chaque barre', 'Hachures : le chiffre publié est un maximum']) {
    assert.ok(joined.includes(caveat), `"${caveat}" in ${JSON.stringify(texts)}`);
  }
  assert.equal(await page.evaluate(() => document.documentElement.scrollWidth), 320, 'nothing scrolls sideways');
  await context.close();
});

test('the example article has one main landmark and a distinct, descriptive title on each iframe', { timeout: 60_000 }, async () => {
  const { page, context } = await open('article.html');
  await articleFrames(page);
  assert.equal(await page.getByRole('main').count(), 1);
  assert.equal(await page.getByRole('main').getByRole('article').count(), 1);
  const titles = await page.locator('iframe').evaluateAll((frames) => frames.map((frame) => frame.title));
  assert.equal(titles.length, 2);
  assert.equal(new Set(titles).size, 2, JSON.stringify(titles));
  for (const title of titles) assert.match(title, /^Graphique interactif.{20,}/);
  await context.close();
});

test('screenshots of a scenario at 360 and 1200 px, light and dark, and in a light article with a dark system', { timeout: 120_000 }, async () => {
  const folder = path.join(ROOT, 'tests/e2e/screenshots');
  fs.mkdirSync(folder, { recursive: true });
  for (const width of WIDTHS) {
    for (const theme of ['light', 'dark']) {
      const { page, context } = await open(`embed.html?theme=${theme}#${SCENARIO}`, { width });
      await drawn(page);
      await page.screenshot({ path: path.join(folder, `scenario-${theme}-${width}.png`), fullPage: true });
      await context.close();
    }
    const { page, context } = await open(`article.html#widget-mss.${SCENARIO.replaceAll('&', '&widget-mss.')}`, { scheme: 'dark', width });
    const [frame] = await articleFrames(page);
    assert.match(await frame.locator('[data-part="result"]').textContent(), /^Avec 200/);
    await page.locator('#widget-mss').screenshot({ path: path.join(folder, `article-dark-system-${width}.png`) });
    await context.close();
  }
});
