// The editor's publish step: the dataset file to download, the snippets pointing at where
// the newsroom will host it, and the no-hosting snippets carrying the dataset in the
// address (see inline-data.js). Builds elements only; text is always set as text.
import { h, fill } from './editor-form.js';

/** Above this many characters, many CMSs refuse an address (said, not enforced). */
export const CMS_ADDRESS_LIMIT = 2000;

/**
 * The plain iframe's height: a plain iframe cannot grow with its content, so it is given the
 * tallest the chart gets on a phone. The phone preview (360 px) reports its height; on a
 * 320 px phone the same chart is about 8 % taller (the default dataset: 1,946 px at 360,
 * 2,106 at 320), so 10 % is added, rounded up to 50 px. Until a preview has reported, the
 * default dataset's figure at 320 px.
 */
let frameHeight = 2150;
const IFRAME_SNIPPETS = ['snippet-hosted-iframe', 'snippet-inline-iframe'];

/** Sets the plain iframes' height from the tallest preview's content height, in the snippets shown too. */
export function setFrameHeight(previewHeight) {
  const height = Math.ceil((previewHeight * 1.1) / 50) * 50;
  if (!(height > 0) || height === frameHeight) return;
  frameHeight = height;
  for (const id of IFRAME_SNIPPETS) {
    const area = document.getElementById(id);
    if (area) area.value = area.value.replace(/ height="\d+"/, ` height="${height}"`);
  }
}

/** Where the widget's own files are: the folder this editor is served from. */
const SITE = new URL('.', location.href).href;

const escapeAttribute = (text) => text.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');

function download(name, text) {
  const url = URL.createObjectURL(new Blob([text], { type: 'application/json' }));
  const link = h('a', { href: url, download: name, hidden: true });
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

/** A read-only snippet with its label and a copy button. */
function snippet(id, label, code, words, status) {
  const area = h('textarea', { id, readonly: true, rows: String(Math.min(6, code.split('\n').length + 1)), spellcheck: 'false' });
  area.value = code;
  const copy = h('button', { type: 'button', id: `${id}-copy`, 'aria-describedby': id }, [words.copy]);
  copy.addEventListener('click', async () => {
    try {
      await navigator.clipboard.writeText(area.value);
      status.textContent = words.copied;
    } catch {
      area.select();
      status.textContent = words.copy_failed;
    }
  });
  return h('div', { class: 'field snippet' }, [h('label', { for: id }, [label]), area, copy]);
}

/**
 * Fills the publish step for a dataset that builds: `json` its text, `packed` its
 * compressed form, `settings` the base URL, file name and chart language (changed through
 * `onSetting(name, value)`), `title` the iframe's accessible name.
 */
export function renderPublish(container, { json, packed, settings, words, title, onSetting }) {
  const page = words.page;
  const status = h('p', { role: 'status', class: 'hint', id: 'publish-status' });
  const setting = (name, id, label, hint) => {
    const control = h('input', { id, type: name === 'baseUrl' ? 'url' : 'text', 'aria-describedby': hint ? `${id}-hint` : null });
    control.value = settings[name];
    control.addEventListener('change', () => onSetting(name, control.value));
    return h('div', { class: 'field' }, [h('label', { for: id }, [label]), control, ...(hint ? [h('p', { class: 'hint', id: `${id}-hint` }, [hint])] : [])]);
  };
  const base = new URL(settings.baseUrl || 'data/', SITE);
  const dataUrl = new URL(settings.fileName || 'pledgeviz.json', base).href;
  const lang = settings.previewLang;
  const script = `<script type="module" src="${SITE}embed.js"></script>`;
  const hosted = `${script}\n<pledge-viz data-src="${escapeAttribute(dataUrl)}" lang="${lang}" theme="auto"></pledge-viz>`;
  const iframeAttributes = `title="${escapeAttribute(title)}" width="100%" height="${frameHeight}" frameborder="0" loading="lazy" allow="clipboard-write"`;
  const hostedFrame = `<iframe src="${SITE}embed.html?data=${encodeURIComponent(dataUrl)}&amp;lang=${lang}&amp;theme=auto" ${iframeAttributes}></iframe>`;
  const address = `${SITE}embed.html?lang=${lang}&theme=auto#dataset=${packed}`;
  const inline = `${script}\n<pledge-viz data-dataset="${packed}" lang="${lang}" theme="auto"></pledge-viz>`;
  const inlineFrame = `<iframe src="${address.replace(/&/g, '&amp;')}" ${iframeAttributes}></iframe>`;
  const downloadButton = h('button', { type: 'button', id: 'download' }, [page.download]);
  downloadButton.addEventListener('click', () => download(settings.fileName || 'pledgeviz.json', json));
  const length = h('p', { id: 'address-length' }, [fill(page.length, { count: address.length.toLocaleString(lang) })]);
  const tooLong = address.length > CMS_ADDRESS_LIMIT
    ? [h('p', { class: 'notice', id: 'address-too-long' }, [fill(page.too_long, { limit: CMS_ADDRESS_LIMIT.toLocaleString(lang) })])]
    : [];
  container.replaceChildren(
    setting('baseUrl', 'base-url', page.base_url, page.base_url_hint),
    setting('fileName', 'file-name', page.file_name),
    downloadButton,
    snippet('snippet-hosted', page.snippet, hosted, page, status),
    snippet('snippet-hosted-iframe', page.iframe_snippet, hostedFrame, page, status),
    h('h3', {}, [page.no_hosting]),
    h('p', { class: 'hint' }, [page.no_hosting_hint]),
    length,
    ...tooLong,
    snippet('snippet-inline', page.no_hosting_snippet, inline, page, status),
    snippet('snippet-inline-iframe', page.no_hosting_iframe, inlineFrame, page, status),
    status,
  );
}
