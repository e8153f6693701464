// pledgeviz embed snippet for news pages:
//   <script type="module" src="https://…/embed.js"></script>
//   <pledge-viz data-src="https://…/data/haiti-mss.json" lang="fr" theme="auto"></pledge-viz>
//   <pledge-viz data-dataset="<packed dataset>"></pledge-viz>   (no hosting: see inline-data.js)
// Each <pledge-viz> becomes an iframe of embed.html (so the widget's scripts, styles and
// text measuring stay inside its own small document), resized to its content whenever the
// widget reports a new height. Only messages from that iframe's own window are trusted.
const EMBED_PAGE = new URL('embed.html', import.meta.url);

class PledgeViz extends HTMLElement {
  connectedCallback() {
    if (this.frame) return;
    const url = new URL(EMBED_PAGE);
    const data = this.getAttribute('data-src');
    if (data) url.searchParams.set('data', new URL(data, document.baseURI).href);
    // A dataset carried in the snippet goes in the hash, which is never sent to a server.
    const packed = this.getAttribute('data-dataset');
    if (packed) url.hash = `dataset=${packed}`;
    // The iframe's colour scheme must match the host's, or browsers paint an opaque backdrop.
    url.searchParams.set('scheme', getComputedStyle(document.documentElement).colorScheme || 'normal');
    // Without a lang attribute the widget speaks the article's language if it can.
    if (document.documentElement.lang) url.searchParams.set('host_lang', document.documentElement.lang);
    for (const name of ['lang', 'theme', 'sliders']) {
      const value = this.getAttribute(name);
      if (value) url.searchParams.set(name, value);
    }
    this.frame = document.createElement('iframe');
    this.frame.src = url.href;
    // A title until the widget names itself in its language (the pledgeviz:title message).
    this.frame.title = this.getAttribute('title') || 'pledgeviz';
    this.frame.loading = 'lazy';
    this.frame.allow = 'clipboard-write';
    this.frame.referrerPolicy = 'no-referrer';
    this.frame.setAttribute('scrolling', 'no');
    Object.assign(this.frame.style, { width: '100%', height: '640px', border: '0', display: 'block' });
    this.onMessage = (event) => {
      if (event.source !== this.frame.contentWindow) return;
      if (event.data && event.data.type === 'pledgeviz:title' && !this.hasAttribute('title')) {
        this.frame.title = String(event.data.title).slice(0, 200);
        return;
      }
      const height = event.data && event.data.type === 'pledgeviz:height' ? Number(event.data.height) : NaN;
      if (Number.isFinite(height) && height > 0 && height < 20000) this.frame.style.height = `${height}px`;
    };
    window.addEventListener('message', this.onMessage);
    // The noscript fallback inside the element is left as it is; the iframe goes after it.
    this.append(this.frame);
  }

  disconnectedCallback() {
    window.removeEventListener('message', this.onMessage);
  }
}

if (!customElements.get('pledge-viz')) customElements.define('pledge-viz', PledgeViz);
