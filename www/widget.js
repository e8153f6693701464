// pledgeviz widget: mounts one widget in a root element of the page's markup (see
// index.html and embed.html). It owns the DOM, events, device pixel ratio and animation
// frames; every figure, sentence and chart comes from the wasm Widget. Text from data is
// always set with textContent, never parsed as HTML. Nothing is stored, no cookie is set,
// and nothing is fetched but the widget's own files and its data.
import init, { Widget, uiWords, languages, transparentOver } from './pkg/pledgeviz.js';

/** Fills a template from the catalogue: `{name}` parts replaced by their values. */
export function fill(template, values) {
  return template.replace(/\{(\w+)\}/g, (whole, name) => (name in values ? String(values[name]) : whole));
}

/** How long a slider rests before the page's address takes its value, in milliseconds. */
const STATE_DELAY_MS = 250;

/** How long a data URL may take before the widget says so, in milliseconds. */
const FETCH_TIMEOUT_MS = 10_000;

let ready;
let wasmMemory;
/** Loads the wasm module once per page, however many widgets it holds. */
function loadModule() {
  ready ??= init().then((exports) => { wasmMemory = exports.memory; });
  return ready;
}

const part = (root, name) => root.querySelector(`[data-part="${name}"]`);

/**
 * Makes `parent`'s children `tag` elements holding `texts`, touching only those whose text
 * changed: a live region then announces only the sentence that changed, and the browser
 * lays out less.
 */
function updateChildren(parent, tag, texts) {
  while (parent.children.length > texts.length) parent.lastElementChild.remove();
  texts.forEach((text, index) => {
    let element = parent.children[index];
    if (!element) {
      element = document.createElement(tag);
      parent.append(element);
    }
    if (element.textContent !== text) element.textContent = text;
  });
}

/** Writes an element's text only when it changed: each write costs the browser a layout. */
function setText(element, text) {
  if (element.textContent !== text) element.textContent = text;
}

function setAttribute(element, name, value) {
  if (element.getAttribute(name) !== value) element.setAttribute(name, value);
}

/** Sizes a canvas's backing store to its CSS size times the pixel ratio (plotters issue 164). */
function sizeCanvas(canvas, widthCss, heightCss, ratio) {
  // Only what changed is written: each write would make the browser lay out again. The
  // widget clears a canvas itself before drawing on it again.
  const cssHeight = `${heightCss}px`;
  if (canvas.style.height !== cssHeight) canvas.style.height = cssHeight;
  const width = Math.round(widthCss * ratio);
  const height = Math.round(heightCss * ratio);
  if (canvas.width !== width) canvas.width = width;
  if (canvas.height !== height) canvas.height = height;
}

/** A loading failure, said in the reader's language once the catalogue is loaded. */
class LoadError extends Error {
  constructor(kind, values) {
    super(kind);
    this.kind = kind;
    this.values = values;
  }

  say(words) {
    return fill(words[this.kind], this.values);
  }
}

async function fetchText(url) {
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(), FETCH_TIMEOUT_MS);
  try {
    let response;
    try {
      response = await fetch(url, { signal: controller.signal, credentials: 'omit' });
    } catch (error) {
      if (error.name === 'AbortError') throw new LoadError('timeout', { seconds: FETCH_TIMEOUT_MS / 1000, url });
      throw new LoadError('unreachable', { url });
    }
    if (response.status === 404) throw new LoadError('not_found', { url: response.url });
    if (!response.ok) throw new LoadError('http_error', { status: response.status, status_text: response.statusText, url: response.url });
    return await response.text();
  } finally {
    clearTimeout(timer);
  }
}

/** Slider values from a URL hash such as `#funding.extra=200000000&funding.pace=0`. */
export function readState(hash) {
  const state = new Map();
  for (const [key, value] of new URLSearchParams(hash.replace(/^#/, ''))) {
    const number = Number(value);
    if (Number.isFinite(number) && number >= 0) state.set(key, number);
  }
  return state;
}

function download(name, blob) {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = name;
  link.hidden = true;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

/** Creates an element with attributes and children (strings become text, never HTML). */
export function h(tag, attributes = {}, children = []) {
  const element = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) {
    if (value === true) element.setAttribute(name, '');
    else if (value !== false && value != null) element.setAttribute(name, value);
  }
  element.append(...children);
  return element;
}

/**
 * Builds the widget's markup in an empty root: headline text, the charts with their
 * accessible names, the what-if sliders, the live result, the figures table and the
 * source line. The demo page adds a language switch; every page gets the actions.
 */
function buildMarkup(root, { languageSwitch }) {
  const chart = (name, hidden = false) => h('figure', { class: 'chart', hidden }, [h('canvas', { 'data-part': name, role: 'img', 'aria-label': '' })]);
  const headingId = `${root.id || 'pledgeviz'}-what-if`;
  root.replaceChildren(
    ...(languageSwitch ? [h('div', { class: 'toolbar' }, [
      h('div', { class: 'language', role: 'group', 'data-ui-label': 'language', 'data-part': 'languages' }),
    ])] : []),
    h('h1', { 'data-part': 'title' }),
    h('p', { class: 'subtitle', 'data-part': 'subtitle' }),
    h('p', { class: 'illustrative', 'data-part': 'illustrative', hidden: true }),
    h('p', { class: 'error', role: 'alert', 'data-part': 'error', hidden: true }),
    h('ul', { class: 'headlines', 'data-part': 'headlines' }),
    chart('bars'),
    h('section', { class: 'what-if', 'aria-labelledby': headingId }, [
      h('h2', { id: headingId, 'data-ui': 'what_if' }),
      h('div', { class: 'sliders', 'data-part': 'sliders' }),
      h('div', { class: 'result', 'aria-live': 'polite', 'data-part': 'result' }),
      h('ul', { class: 'pace-needed', 'data-part': 'pace-needed' }),
    ]),
    chart('timeline'),
    chart('contributors', true),
    h('div', { class: 'visually-hidden' }, [
      h('table', { 'data-part': 'table' }, [h('caption', { 'data-ui': 'table_caption' }), h('thead', {}, [h('tr')]), h('tbody')]),
    ]),
    h('ul', { class: 'notes', 'data-part': 'notes' }),
    h('p', { class: 'source', 'data-part': 'source' }),
    h('div', { class: 'actions' }, [
      h('button', { type: 'button', 'data-action': 'copy-link', 'data-ui': 'copy_link' }),
      h('button', { type: 'button', 'data-action': 'csv', 'data-ui': 'csv' }),
      h('button', { type: 'button', 'data-action': 'png', 'data-ui': 'png' }),
      h('span', { role: 'status', 'data-part': 'status' }),
    ]),
    // One rem wide: reports the reader's text size, which the charts' text follows.
    h('span', { class: 'text-scale-probe', 'aria-hidden': 'true', 'data-part': 'text-scale' }),
  );
}

/**
 * Mounts a widget. Options: `src` (data URL, default the root's data-src), `text` (the
 * dataset's JSON text, or a promise of it, instead of a URL; see inline-data.js), `lang` (the
 * reader's choice of language), `hostLang` (the host article's language; the widget speaks
 * the first of these it supports, else the dataset's language), `setDocumentTitle` (the
 * page's title follows the language), `theme` ('light' | 'dark' | 'auto'), `hostBackground()` (the
 * CSS colour behind the widget in the host article, '' when unknown: the widget is
 * transparent only over one its theme reads well on, else it paints its own background;
 * a `pledgeviz:host` event on the root asks it to look again), `onTheme(name, transparent)`
 * after each theme change, `shareLink(hash)` (what "copy link" copies: `{link, said}`,
 * `said` naming the status word; default this page's address), `sliders` (null for all, else a Set of 'commitment.kind' keys),
 * `state` (a Map of slider values), `onState(hash)` when the reader lets go of a slider or pauses,
 * `onRender()` after each redraw, `languageSwitch` to show a button per language. Resolves to the wasm Widget, or null with the error shown.
 */
export async function mount(root, options = {}) {
  const preferred = [options.lang, options.hostLang].filter(Boolean);
  // The data and the module load side by side; words come from the module's catalogue.
  buildMarkup(root, { languageSwitch: Boolean(options.languageSwitch) });
  const data = options.text ? Promise.resolve(options.text) : fetchText(options.src || root.dataset.src);
  data.catch(() => {});
  await loadModule();
  part(root, 'languages')?.replaceChildren(...languages().map(({ code, name }) => h('button', { type: 'button', 'data-lang': code, 'aria-pressed': 'false', lang: code }, [name])));
  const bars = part(root, 'bars');
  const timeline = part(root, 'timeline');
  const contributors = part(root, 'contributors');
  const errorBox = part(root, 'error');
  let words = uiWords(preferred).words;
  let lang;
  let widget;
  try {
    const json = await data;
    performance.mark('pledgeviz:loaded');
    widget = new Widget(json, bars, timeline, preferred);
  } catch (error) {
    const message = typeof error.say === 'function' ? error.say(words) : error.message;
    errorBox.textContent = `${words.failed}\n${message}`;
    errorBox.hidden = false;
    part(root, 'title').textContent = '';
    root.querySelectorAll('.chart, .what-if, .actions').forEach((element) => { element.hidden = true; });
    options.onRender?.();
    return null;
  }
  if (contributors && widget.hasContributors()) {
    widget.setContributorsCanvas(contributors);
    contributors.closest('.chart').hidden = false;
  }

  const dark = window.matchMedia('(prefers-color-scheme: dark)');
  const themeName = () => (options.theme === 'light' || options.theme === 'dark' ? options.theme : (dark.matches ? 'dark' : 'light'));
  const applyTheme = () => {
    const name = themeName();
    const background = options.hostBackground?.() || '';
    // Never the theme's text on a transparent background of the other lightness.
    const transparent = background !== '' && transparentOver(name, background);
    widget.setTheme(name, transparent);
    root.dataset.theme = name;
    options.onTheme?.(name, transparent);
  };
  applyTheme();
  root.addEventListener('pledgeviz:host', () => { applyTheme(); schedule(); });

  // The charts' text follows the reader's text size: the probe is 1rem wide.
  const textScale = part(root, 'text-scale');
  widget.setRootFontSize(textScale.getBoundingClientRect().width);
  new ResizeObserver(() => {
    widget.setRootFontSize(textScale.getBoundingClientRect().width);
    schedule();
  }).observe(textScale);

  const values = new Map(options.state || []);
  for (const [key, value] of values) {
    const [commitment, kind] = key.split('.');
    // A shared link cannot ask more than the slider allows: keep the value the widget set.
    values.set(key, widget.setValue(commitment, kind, value));
  }
  const hash = () => {
    const params = new URLSearchParams();
    for (const [key, value] of values) if (value > 0) params.set(key, String(value));
    return params.toString() ? `#${params}` : '';
  };

  // The page's address follows the scenario when the reader lets go of a slider or pauses,
  // not on every input of a drag: each history update costs about a millisecond, and
  // Chromium throttles a page that makes more than 200 of them in 10 seconds.
  let stateTimer = 0;
  function reportState(now) {
    clearTimeout(stateTimer);
    stateTimer = 0;
    if (now) options.onState?.(hash());
    else stateTimer = setTimeout(() => reportState(true), STATE_DELAY_MS);
  }
  // A reader who leaves (or reloads) mid-drag keeps the scenario in the address.
  window.addEventListener('pagehide', () => { if (stateTimer) reportState(true); });

  const outputs = new Map();
  function buildSliders() {
    const box = part(root, 'sliders');
    box.replaceChildren();
    outputs.clear();
    widget.sliders().forEach((slider, index) => {
      const key = `${slider.commitment}.${slider.kind}`;
      if (options.sliders && !options.sliders.has(key)) return;
      const id = `${root.id || 'pledgeviz'}-slider-${index}`;
      const row = document.createElement('div');
      row.className = 'slider';
      const label = document.createElement('label');
      label.htmlFor = id;
      label.textContent = slider.label;
      // The visible value belongs to its slider but is not announced on its own: the
      // slider's aria-valuetext says it, once per key press.
      const output = document.createElement('output');
      output.htmlFor = id;
      output.setAttribute('aria-live', 'off');
      output.textContent = slider.value_text;
      const input = document.createElement('input');
      Object.assign(input, { type: 'range', id, min: 0, max: slider.max, step: slider.step, value: slider.value });
      input.setAttribute('aria-valuetext', slider.value_spoken);
      input.addEventListener('input', () => {
        widget.setValue(slider.commitment, slider.kind, input.valueAsNumber);
        values.set(key, input.valueAsNumber);
        reportState(false);
        schedule();
      });
      // A released slider (or a key press) is a scenario the reader may share at once.
      input.addEventListener('change', () => reportState(true));
      row.append(label, output, input);
      box.append(row);
      outputs.set(index, { output, input });
    });
    root.querySelector('.what-if').hidden = outputs.size === 0;
  }

  function renderText() {
    const text = widget.text();
    setText(part(root, 'title'), text.title);
    setText(part(root, 'subtitle'), text.subtitle);
    const note = part(root, 'illustrative');
    note.hidden = !text.illustrative;
    setText(note, text.illustrative || '');
    updateChildren(part(root, 'headlines'), 'li', text.headlines);
    updateChildren(part(root, 'result'), 'p', text.hint ? [text.hint] : text.results);
    updateChildren(part(root, 'pace-needed'), 'li', text.pace_needed);
    updateChildren(part(root, 'notes'), 'li', text.notes);
    setText(part(root, 'source'), text.source_line);
    setAttribute(bars, 'aria-label', text.bars_label);
    setAttribute(timeline, 'aria-label', text.timeline_label);
    if (contributors && text.contributors_label) setAttribute(contributors, 'aria-label', text.contributors_label);
    const table = part(root, 'table');
    updateChildren(table.tHead.rows[0], 'th', text.table_headings);
    const body = table.tBodies[0];
    while (body.rows.length > text.table.length) body.deleteRow(-1);
    while (body.rows.length < text.table.length) body.insertRow();
    text.table.forEach((row, index) => {
      updateChildren(body.rows[index], 'td', [row.label, row.pledged, row.delivered, row.ratio, row.scenario_ratio]);
    });
    widget.sliders().forEach((slider, index) => {
      const shown = outputs.get(index);
      if (!shown) return;
      setText(shown.output, slider.value_text);
      setAttribute(shown.input, 'aria-valuetext', slider.value_spoken);
    });
  }

  /** The widget's own words: set when the language changes, not on every frame. */
  function renderWords() {
    root.querySelectorAll('[data-ui]').forEach((element) => setText(element, words[element.dataset.ui]));
    root.querySelectorAll('[data-ui-label]').forEach((element) => setAttribute(element, 'aria-label', words[element.dataset.uiLabel]));
  }

  function chartCanvases() {
    return [bars, timeline, contributors].filter((canvas) => canvas && !canvas.closest('.chart').hidden);
  }

  // The charts' CSS width, kept from the ResizeObserver: reading it on every input would
  // make the browser lay out the text just written before drawing.
  let chartWidth = 0;
  function renderCharts() {
    const width = chartWidth || bars.parentElement.clientWidth;
    if (width <= 0) return;
    const ratio = window.devicePixelRatio || 1;
    // One dot at one date says nothing over time: the timeline shows only with dates,
    // events, a deadline ahead or a monthly pace to project (it appears with a pace).
    const figure = timeline.closest('.chart');
    if (figure.hidden === widget.hasTimeline()) figure.hidden = !figure.hidden;
    const heights = widget.heights(width);
    chartCanvases().forEach((canvas, index) => sizeCanvas(canvas, width, heights[index], ratio));
    widget.draw(width, ratio);
  }

  // Input events are coalesced: at most one text update and redraw per animation frame.
  let pending = false;
  let drawnOnce = false;
  function schedule() {
    if (pending) return;
    pending = true;
    requestAnimationFrame(render);
  }
  function render() {
      pending = false;
      const start = performance.now();
      renderText();
      renderCharts();
      // Figures for the in-browser benchmark (tools/bench.mjs): last redraw and wasm memory.
      root.dataset.renderMs = (performance.now() - start).toFixed(3);
      root.dataset.wasmBytes = String(wasmMemory?.buffer.byteLength ?? 0);
      if (!drawnOnce) {
        drawnOnce = true;
        performance.mark('pledgeviz:first-draw');
      }
      options.onRender?.();
  }

  function setLanguage(code) {
    widget.setLanguage(code);
    lang = widget.language();
    words = uiWords([lang]).words;
    if (options.setDocumentTitle) document.title = words.page_title;
    if (options.setDocumentLanguage !== false) document.documentElement.lang = lang;
    root.lang = lang;
    root.querySelectorAll('[data-lang]').forEach((button) => button.setAttribute('aria-pressed', String(button.dataset.lang === lang)));
    options.onLanguage?.(lang, words);
    buildSliders();
    renderWords();
    schedule();
  }
  root.querySelectorAll('[data-lang]').forEach((button) => button.addEventListener('click', () => setLanguage(button.dataset.lang)));

  const status = part(root, 'status');
  root.querySelector('[data-action="copy-link"]')?.addEventListener('click', async () => {
    const { link, said } = options.shareLink?.(hash()) ?? { link: `${location.href.split('#')[0]}${hash()}`, said: 'copied' };
    try {
      await navigator.clipboard.writeText(link);
      status.textContent = words[said];
    } catch {
      status.textContent = fill(words.copy_failed, { link });
    }
  });
  root.querySelector('[data-action="csv"]')?.addEventListener('click', () => {
    download(widget.fileName('csv'), new Blob([widget.csv()], { type: 'text/csv;charset=utf-8' }));
  });
  root.querySelector('[data-action="png"]')?.addEventListener('click', () => {
    // Twice the displayed resolution: the charts' CSS width, two image pixels per CSS pixel.
    const width = bars.parentElement.clientWidth;
    const ratio = 2;
    const heights = widget.exportHeights(width);
    // heights is a Float64Array, whose map() would return numbers: build a plain array.
    const parts = Array.from(heights, (height) => {
      const canvas = document.createElement('canvas');
      canvas.width = Math.round(width * ratio);
      canvas.height = Math.round(height * ratio);
      return canvas;
    });
    widget.drawExport(parts, width, ratio);
    const image = document.createElement('canvas');
    image.width = parts[0].width;
    image.height = parts.reduce((sum, canvas) => sum + canvas.height, 0);
    const context = image.getContext('2d');
    let top = 0;
    for (const canvas of parts) {
      context.drawImage(canvas, 0, top);
      top += canvas.height;
    }
    image.toBlob((blob) => download(widget.fileName('png'), blob), 'image/png');
  });

  // Redraw when the size changes, and when the pixel ratio changes (zoom, another screen).
  new ResizeObserver((entries) => {
    chartWidth = entries[entries.length - 1].contentRect.width;
    schedule();
  }).observe(bars.parentElement);
  const watchRatio = () => {
    const query = window.matchMedia(`(resolution: ${window.devicePixelRatio}dppx)`);
    query.addEventListener('change', () => { watchRatio(); schedule(); }, { once: true });
  };
  watchRatio();
  dark.addEventListener('change', () => { applyTheme(); schedule(); });

  setLanguage(widget.language());
  // The first drawing does not wait for the next frame: the reader is waiting for it.
  render();
  return widget;
}
