// pledgeviz page script: owns the DOM, events, device pixel ratio and animation frames.
// Every figure and sentence comes from the wasm Widget; this file only places them.
// Text from data is always set with textContent, never parsed as HTML.
import init, { Widget } from './pkg/pledgeviz.js';

const UI = {
  fr: { whatIf: 'Et si…', tableCaption: 'Les chiffres', loading: 'Chargement…', failed: 'Impossible d’afficher ces données :' },
  en: { whatIf: 'What if…', tableCaption: 'The figures', loading: 'Loading…', failed: 'These figures cannot be shown:' },
};

const part = (root, name) => root.querySelector(`[data-part="${name}"]`);

function replaceChildren(parent, tag, texts) {
  parent.replaceChildren(...texts.map((text) => {
    const element = document.createElement(tag);
    element.textContent = text;
    return element;
  }));
}

/** Sizes a canvas's backing store to its CSS size times the pixel ratio (plotters issue 164). */
function sizeCanvas(canvas, widthCss, heightCss, ratio) {
  canvas.style.height = `${heightCss}px`;
  const width = Math.round(widthCss * ratio);
  const height = Math.round(heightCss * ratio);
  if (canvas.width !== width) canvas.width = width;
  if (canvas.height !== height) canvas.height = height;
}

export async function mount(root, options = {}) {
  const bars = part(root, 'bars');
  const timeline = part(root, 'timeline');
  const errorBox = part(root, 'error');
  let lang = options.lang || 'fr';
  let widget;
  try {
    await init();
    const response = await fetch(options.src || root.dataset.src);
    if (!response.ok) throw new Error(`${response.status} ${response.statusText}: ${response.url}`);
    widget = new Widget(await response.text(), bars, timeline);
  } catch (error) {
    errorBox.textContent = `${UI[lang].failed}\n${error.message}`;
    errorBox.hidden = false;
    part(root, 'title').textContent = '';
    root.querySelectorAll('.chart, .what-if').forEach((element) => { element.hidden = true; });
    return null;
  }

  const dark = window.matchMedia('(prefers-color-scheme: dark)');
  const applyTheme = () => widget.setTheme(options.theme && options.theme !== 'auto' ? options.theme : (dark.matches ? 'dark' : 'light'));
  applyTheme();

  const outputs = new Map();
  function buildSliders() {
    const box = part(root, 'sliders');
    box.replaceChildren();
    outputs.clear();
    widget.sliders().forEach((slider, index) => {
      const id = `${root.id || 'pledgeviz'}-slider-${index}`;
      const row = document.createElement('div');
      row.className = 'slider';
      const label = document.createElement('label');
      label.htmlFor = id;
      label.textContent = slider.label;
      const output = document.createElement('output');
      output.htmlFor = id;
      output.textContent = slider.value_text;
      const input = document.createElement('input');
      Object.assign(input, { type: 'range', id, min: 0, max: slider.max, step: slider.step, value: slider.value });
      input.dataset.commitment = slider.commitment;
      input.dataset.kind = slider.kind;
      input.addEventListener('input', () => {
        widget.setValue(slider.commitment, slider.kind, input.valueAsNumber);
        schedule();
      });
      row.append(label, output, input);
      box.append(row);
      outputs.set(index, output);
    });
  }

  function renderText() {
    const text = widget.text();
    part(root, 'title').textContent = text.title;
    part(root, 'subtitle').textContent = text.subtitle;
    const note = part(root, 'illustrative');
    note.hidden = !text.illustrative;
    note.textContent = text.illustrative || '';
    replaceChildren(part(root, 'headlines'), 'li', text.headlines);
    part(root, 'result').textContent = text.result;
    replaceChildren(part(root, 'pace-needed'), 'li', text.pace_needed);
    replaceChildren(part(root, 'notes'), 'li', text.notes);
    part(root, 'source').textContent = text.source_line;
    bars.setAttribute('aria-label', text.bars_label);
    timeline.setAttribute('aria-label', text.timeline_label);
    const table = part(root, 'table');
    replaceChildren(table.tHead.rows[0], 'th', text.table_headings);
    table.tBodies[0].replaceChildren(...text.table.map((row) => {
      const tr = document.createElement('tr');
      replaceChildren(tr, 'td', [row.label, row.pledged, row.delivered, row.ratio, row.scenario_ratio]);
      return tr;
    }));
    widget.sliders().forEach((slider, index) => { outputs.get(index).textContent = slider.value_text; });
    root.querySelectorAll('[data-ui]').forEach((element) => { element.textContent = UI[lang][element.dataset.ui]; });
  }

  function renderCharts() {
    const width = bars.parentElement.clientWidth;
    if (width <= 0) return;
    const ratio = window.devicePixelRatio || 1;
    const [barsHeight, timelineHeight] = widget.heights(width);
    sizeCanvas(bars, width, barsHeight, ratio);
    sizeCanvas(timeline, width, timelineHeight, ratio);
    widget.draw(width, ratio);
  }

  // Input events are coalesced: at most one text update and redraw per animation frame.
  let pending = false;
  function schedule() {
    if (pending) return;
    pending = true;
    requestAnimationFrame(() => {
      pending = false;
      renderText();
      renderCharts();
      root.dispatchEvent(new CustomEvent('pledgeviz:drawn', { bubbles: true }));
    });
  }

  function setLanguage(code) {
    lang = code;
    widget.setLanguage(code);
    document.documentElement.lang = code;
    root.querySelectorAll('[data-lang]').forEach((button) => button.setAttribute('aria-pressed', String(button.dataset.lang === code)));
    buildSliders();
    schedule();
  }
  root.querySelectorAll('[data-lang]').forEach((button) => button.addEventListener('click', () => setLanguage(button.dataset.lang)));

  // Redraw when the size changes, and when the pixel ratio changes (zoom, another screen).
  new ResizeObserver(schedule).observe(bars.parentElement);
  const watchRatio = () => {
    const query = window.matchMedia(`(resolution: ${window.devicePixelRatio}dppx)`);
    query.addEventListener('change', () => { watchRatio(); schedule(); }, { once: true });
  };
  watchRatio();
  dark.addEventListener('change', () => { applyTheme(); schedule(); });

  setLanguage(lang);
  return widget;
}

const root = document.querySelector('.pledgeviz');
if (root) {
  const params = new URLSearchParams(location.search);
  mount(root, { lang: params.get('lang') === 'en' ? 'en' : 'fr' });
}
