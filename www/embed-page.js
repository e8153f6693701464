// The embed page: one widget configured by its address, for an iframe in a news article.
//   ?data=<URL of a dataset>   default: the bundled default dataset
//   &lang=fr|en|es             the reader's language; default the host's, then the dataset's
//   &host_lang=<host's lang>   set by embed.js from the article's <html lang>
//   &theme=light|dark|auto     default auto (follows prefers-color-scheme)
//   &sliders=funding.extra,personnel.pace | none   default: all
//   &scheme=<host's color-scheme>   set by embed.js; keeps the iframe transparent
//   #funding.extra=200000000   the reader's what-if, restored on reload
//   #dataset=<packed>          a dataset carried in the address (see inline-data.js)
// It tells the host page its content height whenever it changes (grows or shrinks), as
// pledgeviz's own message and as AMP's embed-size message.
import { mount, readState } from './widget.js';

const params = new URLSearchParams(location.search);
const theme = ['light', 'dark'].includes(params.get('theme')) ? params.get('theme') : 'auto';
if (theme !== 'auto') document.documentElement.dataset.theme = theme;
// Match the host's colour scheme so the iframe stays transparent (see embed.js).
document.documentElement.style.colorScheme = params.get('scheme') || 'normal';
const sliders = params.get('sliders');
const root = document.querySelector('.pledgeviz');
// A dataset carried in the address (no hosting): unpacked by inline-data.js, loaded only then.
const packed = new URLSearchParams(location.hash.slice(1)).get('dataset');

let lastHeight = 0;
function postHeight() {
  const height = Math.ceil(root.getBoundingClientRect().height);
  // Nothing to size before the widget has built its markup.
  if (height === 0 || height === lastHeight || window.parent === window) return;
  lastHeight = height;
  window.parent.postMessage({ type: 'pledgeviz:height', height }, '*');
  window.parent.postMessage({ sentinel: 'amp', type: 'embed-size', height }, '*');
}
new ResizeObserver(postHeight).observe(root);

mount(root, {
  src: params.get('data') ? new URL(params.get('data'), location.href).href : undefined,
  text: packed ? import('./inline-data.js').then((inline) => inline.unpack(packed)) : undefined,
  lang: params.get('lang'),
  hostLang: params.get('host_lang'),
  setDocumentTitle: true,
  // The host names the iframe in the widget's language (see embed.js).
  onLanguage: (lang, words) => {
    if (window.parent !== window) window.parent.postMessage({ type: 'pledgeviz:title', title: words.iframe_title }, '*');
  },
  theme,
  transparent: true,
  setDocumentLanguage: true,
  sliders: sliders === null ? null : new Set(sliders === 'none' ? [] : sliders.split(',')),
  state: readState(location.hash),
  onState: (hash) => history.replaceState(null, '', `${location.pathname}${location.search}${packed ? `#dataset=${packed}${hash.replace('#', '&')}` : hash}`),
  onRender: postHeight,
});
