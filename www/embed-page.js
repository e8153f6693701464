// The embed page: one widget configured by its address, for an iframe in a news article.
//   ?data=<URL of a dataset>   default: the bundled default dataset
//   &lang=fr|en|es             the reader's language; default the host's, then the dataset's
//   &host_lang=<host's lang>   set by embed.js from the article's <html lang>
//   &theme=light|dark|auto     default auto (follows prefers-color-scheme)
//   &sliders=funding.extra,personnel.pace | none   default: all
//   &scheme=<host's color-scheme>   set by embed.js; keeps the iframe transparent
//   &bg=<host's background colour>  set by embed.js: the colour behind the widget
//   #funding.extra=200000000   the reader's what-if, restored on reload
//   #dataset=<packed>          a dataset carried in the address (see inline-data.js)
// It tells the host page its content height whenever it changes (grows or shrinks), as
// pledgeviz's own message and as AMP's embed-size message. embed.js tells it, by a
// pledgeviz:host message, the article's address (so "copy link" copies the article with
// the scenario) and the host's background whenever it changes.
import { mount, readState } from './widget.js';

const params = new URLSearchParams(location.search);
const theme = ['light', 'dark'].includes(params.get('theme')) ? params.get('theme') : 'auto';
if (theme !== 'auto') document.documentElement.dataset.theme = theme;
const framed = window.parent !== window;
// Match the host's colour scheme so the iframe can stay transparent (see embed.js).
const hostScheme = (framed && params.get('scheme')) || 'normal';
document.documentElement.style.colorScheme = hostScheme;
const sliders = params.get('sliders');
const root = document.querySelector('.pledgeviz');
// A dataset carried in the address (no hosting): unpacked by inline-data.js, loaded only then.
const packed = new URLSearchParams(location.hash.slice(1)).get('dataset');

/** What embed.js says of the article: `{article, key}`, and the colour behind the widget. */
let host = null;
let hostBackground = framed ? params.get('bg') || '' : '';
window.addEventListener('message', (event) => {
  if (!framed || event.source !== window.parent || event.data?.type !== 'pledgeviz:host') return;
  const { article, key, background } = event.data;
  let url;
  try { url = new URL(String(article)); } catch { return; }
  if (!['http:', 'https:'].includes(url.protocol) || !key) return;
  host = { article: `${url.origin}${url.pathname}${url.search}`, key: String(key) };
  hostBackground = String(background ?? '');
  root.dispatchEvent(new Event('pledgeviz:host'));
});

/**
 * What "copy link" copies. In an article, its address with this widget's scenario under
 * the widget's key (`#widget-mss.funding.extra=200000000`), which embed.js forwards back
 * on opening; in a plain iframe, this page's address, and the reader is told so.
 */
function shareLink(hash) {
  if (host) {
    const state = new URLSearchParams();
    for (const [name, value] of new URLSearchParams(hash.slice(1))) state.set(`${host.key}.${name}`, value);
    return { link: `${host.article}${String(state) ? `#${state}` : ''}`, said: 'copied_article' };
  }
  const page = new URL(location.href);
  for (const name of ['bg', 'scheme']) page.searchParams.delete(name);
  // A dataset carried in the address stays in the link, beside the scenario.
  page.hash = packed ? `#dataset=${packed}${hash.replace('#', '&')}` : hash;
  return { link: page.href, said: framed ? 'copied_embed' : 'copied' };
}

let lastHeight = 0;
function postHeight() {
  const height = Math.ceil(root.getBoundingClientRect().height);
  // Nothing to size before the widget has built its markup.
  if (height === 0 || height === lastHeight || !framed) return;
  lastHeight = height;
  window.parent.postMessage({ type: 'pledgeviz:height', height }, '*');
  window.parent.postMessage({ sentinel: 'amp', type: 'embed-size', height }, '*');
}
// Told after each layout that changed the widget's size: measuring after every redraw
// instead would make the browser lay out the page again in the middle of the frame.
new ResizeObserver(postHeight).observe(root, { box: 'border-box' });

mount(root, {
  src: params.get('data') ? new URL(params.get('data'), location.href).href : undefined,
  text: packed ? import('./inline-data.js').then((inline) => inline.unpack(packed)) : undefined,
  lang: params.get('lang'),
  hostLang: params.get('host_lang'),
  setDocumentTitle: true,
  // The host names the iframe in the widget's language (see embed.js).
  onLanguage: (lang, words) => {
    if (framed) window.parent.postMessage({ type: 'pledgeviz:title', title: words.iframe_title }, '*');
  },
  theme,
  hostBackground: () => hostBackground,
  // Transparent over a host background the theme reads well on; otherwise the page
  // paints the theme's own background, and its form controls follow the theme.
  onTheme: (name, transparent) => {
    document.documentElement.dataset.backdrop = transparent ? 'host' : 'own';
    document.documentElement.style.colorScheme = transparent ? hostScheme : name;
  },
  shareLink,
  setDocumentLanguage: true,
  sliders: sliders === null ? null : new Set(sliders === 'none' ? [] : sliders.split(',')),
  state: readState(location.hash),
  onState: (hash) => history.replaceState(null, '', `${location.pathname}${location.search}${packed ? `#dataset=${packed}${hash.replace('#', '&')}` : hash}`),
});
