// The journalist's editor (editor.html): paste or open figures, choose what each column
// holds, describe the chart, see it live at phone and article widths, and publish it.
// The draft lives in the wasm Editor (src/web_editor.rs), which reads every figure and
// date and says every problem in the page's language; this script owns the DOM, the
// page's storage (the draft survives a reload) and the preview iframes. The preview is
// the real embed page, given the dataset in its address (inline-data.js), so what the
// journalist sees is what readers get; it keeps the last good drawing while the draft
// has problems.
import init, { Editor, editorWords, uiWords } from './pkg-editor/pledgeviz_editor.js';
import { renderTables, renderDescription, h, fill } from './editor-form.js';
import { renderPublish, setFrameHeight } from './editor-publish.js';
import { pack } from './inline-data.js';

const DRAFT_KEY = 'pledgeviz-editor:draft';
const SETTINGS_KEY = 'pledgeviz-editor:settings';
/** How long typing must pause before the draft is built, saved and previewed. */
const BUILD_DELAY_MS = 250;

const $ = (id) => document.getElementById(id);

await init();

let words;
let languages;
let editor;
let settings;
/** The last dataset that built: its JSON and packed form, shown while the draft has problems. */
let lastGood = null;
/** What the status line says, as a catalogue word and its parts (`{ word: 'opened', parts:
 * { name } }`), so that a change of the editor's language says it again; null for nothing. */
let status = null;

function showStatus(next) {
  status = next;
  $('status').textContent = status ? fill(words.page[status.word], status.parts ?? {}) : '';
}

function loadSettings(lang) {
  const defaults = { textLanguages: [lang], baseUrl: new URL('data/', location.href).href, fileName: 'pledgeviz.json', previewLang: lang, theme: 'auto' };
  try {
    return { ...defaults, ...JSON.parse(localStorage.getItem(SETTINGS_KEY) || '{}') };
  } catch {
    return defaults;
  }
}

function saveSettings() {
  localStorage.setItem(SETTINGS_KEY, JSON.stringify(settings));
}

function start() {
  const saved = localStorage.getItem(DRAFT_KEY);
  const asked = new URLSearchParams(location.search).get('lang') || document.documentElement.lang;
  if (saved) {
    try {
      editor = Editor.restore(saved);
      settings = loadSettings(editor.language());
      setWords(editor.language());
      showStatus({ word: 'restored' });
      return;
    } catch {
      // A draft from an older editor that no longer reads: start afresh, and keep the old
      // one under another key so that nothing typed is lost.
      localStorage.setItem(`${DRAFT_KEY}:unreadable`, saved);
    }
  }
  editor = new Editor(asked);
  settings = loadSettings(editor.language());
  setWords(editor.language());
}

function setWords(code) {
  const all = editorWords(code);
  // The catalogue's field and role names as labels (capitalised by the wasm).
  words = { ...all.words, fieldLabels: Object.fromEntries(all.field_labels), roleLabels: Object.fromEntries(all.role_labels) };
  languages = all.languages;
  document.documentElement.lang = all.code;
  document.title = words.page.title;
  document.querySelectorAll('[data-word]').forEach((element) => { element.textContent = words.page[element.dataset.word]; });
  if (!settings.textLanguages.includes(all.code)) settings.textLanguages.unshift(all.code);
  const options = (list, value) => list.map(([code, name]) => {
    const option = h('option', { value: code }, [name]);
    option.selected = code === value;
    return option;
  });
  $('editor-language').replaceChildren(...options(languages, all.code));
  $('preview-language').replaceChildren(...options(languages, settings.previewLang));
  const page = words.page;
  $('preview-theme').replaceChildren(...options([['auto', page.theme_auto], ['light', page.theme_light], ['dark', page.theme_dark]], settings.theme));
  showStatus(status);
}

/** What the forms' structure depends on: re-render only when it changes, so typing keeps focus. */
function structureOf(draft) {
  return JSON.stringify({
    tables: draft.tables.map((t) => [t.name, t.shape, t.roles, t.table.header, t.table.rows.length, t.date_order]),
    commitments: draft.commitments.map((c) => [c.name, c.unit]),
    lists: [draft.sources.length, draft.events.length, draft.notes.length],
    language: draft.language,
    textLanguages: settings.textLanguages,
  });
}

let renderedStructure = '';
function render(force = false) {
  const draft = editor.draft();
  const structure = structureOf(draft);
  if (!force && structure === renderedStructure) return;
  renderedStructure = structure;
  const focused = document.activeElement?.id;
  const selection = focused && typeof document.activeElement.selectionStart === 'number'
    ? [document.activeElement.selectionStart, document.activeElement.selectionEnd] : null;
  renderTables($('tables'), draft, words, change);
  renderDescription($('describe'), draft, words, languages, settings.textLanguages, change);
  const again = focused && $(focused);
  if (again && again !== document.activeElement) {
    again.focus();
    if (selection) again.setSelectionRange(...selection);
  }
}

const change = {
  set(pointer, value) {
    editor.set(pointer, value);
    changed();
  },
  text(pointer, lang, text) {
    editor.setText(pointer, lang, text);
    changed();
  },
  add(list) {
    editor.addItem(list);
    changed();
  },
  remove(list, index) {
    editor.removeItem(list, index);
    changed();
  },
  textLanguage(code, on) {
    settings.textLanguages = on ? [...settings.textLanguages, code] : settings.textLanguages.filter((lang) => lang !== code);
    saveSettings();
    render();
  },
};

let timer;
let changes = 0;
/** After every change: storage and the forms' structure at once; build and preview shortly. */
function changed() {
  // Saved on every keystroke, so a reload or a closed tab never loses what was typed.
  localStorage.setItem(DRAFT_KEY, editor.draftJson());
  $('editor').dataset.pending = 'yes';
  changes += 1;
  render();
  clearTimeout(timer);
  // Through the queue, so that two builds never interleave and an older one never wins.
  timer = setTimeout(refresh, BUILD_DELAY_MS);
}

/** Shows each message next to the control it concerns, linked with aria-describedby. */
function placeMessages(problems) {
  document.querySelectorAll('.placed').forEach((element) => element.remove());
  document.querySelectorAll('[aria-invalid]').forEach((control) => {
    control.removeAttribute('aria-invalid');
    if (control.dataset.hint) control.setAttribute('aria-describedby', control.dataset.hint);
    else control.removeAttribute('aria-describedby');
  });
  problems.forEach((problem, index) => {
    const container = document.querySelector(`[data-anchors~="${CSS.escape(problem.anchor)}"]`);
    if (!container) return;
    const id = `problem-${index}`;
    container.append(h('p', { class: 'problem placed', id }, [problem.message]));
    container.querySelectorAll('input, select, textarea').forEach((control) => {
      const described = (control.getAttribute('aria-describedby') || control.dataset.hint || '').split(' ').filter(Boolean);
      control.setAttribute('aria-describedby', [...described, id].join(' '));
      control.setAttribute('aria-invalid', 'true');
    });
  });
}

function listMessages(list, messages) {
  list.replaceChildren(...messages.map((item) => h('li', {}, [item.message])));
}

const previews = [
  { frame: $('preview-phone'), caption: 'phone' },
  { frame: $('preview-article'), caption: 'article' },
];

let previewCount = 0;
function showPreview(packed) {
  // A new query each time: a change of hash alone would not reload the embed page.
  previewCount += 1;
  for (const { frame, caption } of previews) {
    frame.title = fill(words.page.preview_frame, { width: words.page[caption] });
    frame.src = `embed.html?lang=${settings.previewLang}&theme=${settings.theme}&preview=${previewCount}#dataset=${packed}`;
    frame.hidden = false;
  }
}

// The preview iframes say their content height, as they do to any host (see embed.js).
window.addEventListener('message', (event) => {
  const preview = previews.find(({ frame }) => event.source === frame.contentWindow);
  const height = event.data && event.data.type === 'pledgeviz:height' ? Number(event.data.height) : NaN;
  if (!preview || !Number.isFinite(height) || height <= 0 || height >= 20000) return;
  preview.frame.style.height = `${height}px`;
  preview.height = height;
  setFrameHeight(Math.max(...previews.map((other) => other.height || 0)));
});

let updating = Promise.resolve();
async function update() {
  const seen = changes;
  localStorage.setItem(DRAFT_KEY, editor.draftJson());
  const report = editor.build();
  placeMessages(report.problems);
  listMessages($('problems'), report.problems);
  listMessages($('notes'), report.notes);
  $('problems-heading').textContent = fill(words.page.problems, { count: report.problems.length });
  $('summary').classList.toggle('clear', report.problems.length === 0);
  $('notes-heading').hidden = report.notes.length === 0;
  if (report.json) {
    const packed = await pack(report.json);
    const fresh = !lastGood || lastGood.json !== report.json || lastGood.lang !== settings.previewLang || lastGood.theme !== settings.theme;
    lastGood = { json: report.json, packed, lang: settings.previewLang, theme: settings.theme };
    if (fresh) showPreview(packed);
    say($('preview-status'), '');
  } else {
    say($('preview-status'), lastGood ? words.page.out_of_date : words.page.no_preview);
  }
  $('editor').dataset.built = report.json ? 'yes' : 'no';
  showLanguageWarning();
  renderPublishStep(report.json ? lastGood : null);
  $('editor').removeAttribute('aria-busy');
  // For tests and assistive technology alike: nothing is waiting once no change came since.
  if (changes === seen) delete $('editor').dataset.pending;
}

/** A language's name in the editor's language ("espagnol"), else as it names itself. */
function languageName(code) {
  try {
    return new Intl.DisplayNames([editor.language()], { type: 'language' }).of(code);
  } catch {
    return Object.fromEntries(languages)[code];
  }
}

/**
 * Writes `text` into a live region (or an element in one) only when it changes: every
 * rebuild, after each keystroke, writes its outcome, and a screen reader would say the same
 * sentence again each time. Whether it changed.
 */
function say(element, text) {
  if (element.textContent === text) return false;
  element.textContent = text;
  return true;
}

/** Next to the chart's language choice, in a live region: the texts the chart would show in another language. */
function showLanguageWarning() {
  const missing = editor.untranslated(settings.previewLang);
  const warning = $('preview-language-warning');
  const said = missing.length === 0 ? '' : fill(words.page.mixed_languages, {
    language: languageName(settings.previewLang),
    fields: missing.join(', '),
    name: Object.fromEntries(languages)[settings.previewLang],
    choice: words.page.text_languages,
  });
  if (say(warning, said)) warning.hidden = said === '';
}

function renderPublishStep(good) {
  $('publish-blocked').hidden = Boolean(good);
  if (!good) {
    $('publish').replaceChildren();
    return;
  }
  renderPublish($('publish'), {
    json: good.json,
    packed: good.packed,
    settings,
    words,
    title: uiWords([settings.previewLang]).words.iframe_title,
    onSetting: (name, value) => {
      settings[name] = value;
      saveSettings();
      renderPublishStep(good);
    },
  });
}

function refresh() {
  updating = updating.then(update);
  return updating;
}

/** Adds pasted text, or an opened file's (`name`, its status saying how it was read: `opened`). */
async function addText(name, text, opened = 'opened') {
  const problem = $('data-problem');
  problem.hidden = true;
  try {
    if (/\.json$/i.test(name) || text.trimStart().startsWith('{')) {
      editor.openDataset(text);
    } else {
      editor.addTable(name, text);
    }
    if (name) showStatus({ word: opened, parts: { name } });
  } catch (error) {
    problem.textContent = name ? fill(words.page.open_failed, { name, message: error.message }) : error.message;
    problem.hidden = false;
    return;
  }
  render(true);
  await refresh();
}

$('add-table').addEventListener('click', async () => {
  const paste = $('paste');
  await addText('', paste.value);
  if ($('data-problem').hidden) paste.value = '';
});
/**
 * A file's text and the catalogue word of its status line. UTF-16 when it starts with a
 * byte-order mark (FF FE, or FE FF): Excel's "Unicode Text", tab-separated, which as
 * UTF-8 would not decode and as Windows-1252 would be every other character a NUL.
 * Else UTF-8 (a byte-order mark dropped), else Windows-1252, which Excel writes a CSV in
 * for Western European languages ("Versé", a no-break space in "120 000 000,00 €"); read as
 * UTF-8, those bytes would be replacement characters and every figure a problem.
 */
async function readFile(file) {
  const bytes = new Uint8Array(await file.arrayBuffer());
  const utf16 = { 0xfffe: 'utf-16le', 0xfeff: 'utf-16be' }[(bytes[0] << 8) | bytes[1]];
  if (utf16) return { text: new TextDecoder(utf16).decode(bytes), opened: 'opened_utf_16' };
  try {
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(bytes), opened: 'opened' };
  } catch {
    return { text: new TextDecoder('windows-1252').decode(bytes), opened: 'opened_windows_1252' };
  }
}

$('open-file').addEventListener('change', async (event) => {
  const [file] = event.target.files;
  if (file) {
    const { text, opened } = await readFile(file);
    await addText(file.name, text, opened);
  }
  event.target.value = '';
});
$('editor-language').addEventListener('change', (event) => {
  editor.setLanguage(event.target.value);
  setWords(event.target.value);
  render(true);
  refresh();
});
$('preview-language').addEventListener('change', (event) => {
  settings.previewLang = event.target.value;
  saveSettings();
  refresh();
});
$('preview-theme').addEventListener('change', (event) => {
  settings.theme = event.target.value;
  saveSettings();
  refresh();
});
$('start-over').addEventListener('click', () => {
  if (!window.confirm(words.page.start_over_confirm)) return;
  const lang = editor.language();
  localStorage.removeItem(DRAFT_KEY);
  localStorage.removeItem(SETTINGS_KEY);
  editor = new Editor(lang);
  settings = loadSettings(lang);
  lastGood = null;
  previews.forEach(({ frame }) => { frame.hidden = true; frame.removeAttribute('src'); });
  status = null;
  setWords(lang);
  render(true);
  refresh();
});

start();
render(true);
refresh();
