// The demo page: one full widget with the default dataset, a language switch, and the
// what-if state in the address's hash so a reload or a shared link restores it, and a link
// to the editor (editor.html) in the page's language.
import { mount, readState } from './widget.js';

const root = document.querySelector('.pledgeviz');
const params = new URLSearchParams(location.search);
mount(root, {
  lang: params.get('lang'),
  hostLang: document.documentElement.lang,
  setDocumentTitle: true,
  theme: 'auto',
  languageSwitch: true,
  state: readState(location.hash),
  onState: (hash) => history.replaceState(null, '', `${location.pathname}${location.search}${hash}`),
  onLanguage: (lang, words) => { document.getElementById('make-your-own').textContent = words.make_your_own; },
});
