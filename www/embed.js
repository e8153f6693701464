// pledgeviz embed snippet for news pages:
//   <script type="module" src="https://…/embed.js"></script>
//   <pledge-viz data-src="https://…/data/haiti-mss.json" lang="fr" theme="auto"></pledge-viz>
//   <pledge-viz data-dataset="<packed dataset>"></pledge-viz>   (no hosting: see inline-data.js)
// Each <pledge-viz> becomes an iframe of embed.html (so the widget's scripts, styles and
// text measuring stay inside its own small document), resized to its content whenever the
// widget reports a new height. Only messages from that iframe's own window are trusted.
// Each widget has a key, its element's id (else `pledge-viz-N`, its place in the page):
// "copy link" in a widget copies this article's address with the scenario under that key
// (`#widget-mss.funding.extra=200000000`), and opening such a link restores it there.
const EMBED_PAGE = new URL('embed.html', import.meta.url);

/**
 * The colour behind an element as CSS computes it: the first ancestor's background that
 * is not fully transparent, else the page's canvas colour in its colour scheme. The
 * widget is transparent only over a colour its theme reads well on.
 */
function backgroundBehind(element) {
  for (let node = element; node; node = node.parentElement) {
    const color = getComputedStyle(node).backgroundColor;
    if (color !== 'transparent' && color !== 'rgba(0, 0, 0, 0)') return color;
  }
  const probe = document.createElement('span');
  probe.style.backgroundColor = 'Canvas';
  element.append(probe);
  const canvas = getComputedStyle(probe).backgroundColor;
  probe.remove();
  return canvas;
}

class PledgeViz extends HTMLElement {
  connectedCallback() {
    if (this.frame) return;
    const key = this.id || `pledge-viz-${[...document.querySelectorAll('pledge-viz')].indexOf(this) + 1}`;
    const url = new URL(EMBED_PAGE);
    const data = this.getAttribute('data-src');
    if (data) url.searchParams.set('data', new URL(data, document.baseURI).href);
    // The iframe's colour scheme must match the host's, or browsers paint an opaque backdrop.
    url.searchParams.set('scheme', getComputedStyle(document.documentElement).colorScheme || 'normal');
    url.searchParams.set('bg', backgroundBehind(this));
    // Without a lang attribute the widget speaks the article's language if it can.
    if (document.documentElement.lang) url.searchParams.set('host_lang', document.documentElement.lang);
    for (const name of ['lang', 'theme', 'sliders']) {
      const value = this.getAttribute(name);
      if (value) url.searchParams.set(name, value);
    }
    // A scenario for this widget in the article's address goes to the widget's own.
    const state = new URLSearchParams();
    for (const [name, value] of new URLSearchParams(location.hash.slice(1))) {
      if (name.startsWith(`${key}.`)) state.set(name.slice(key.length + 1), value);
    }
    // A dataset carried in the snippet goes in the hash too, which is never sent to a server.
    const packed = this.getAttribute('data-dataset');
    if (packed) state.set('dataset', packed);
    url.hash = String(state);
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
    // The widget learns the article's address and the colour behind it, again when the
    // reader's colour scheme changes (a host that follows it changes its background).
    this.tellHost = () => this.frame.contentWindow?.postMessage({
      type: 'pledgeviz:host', article: location.href, key, background: backgroundBehind(this),
    }, EMBED_PAGE.origin);
    this.frame.addEventListener('load', this.tellHost);
    this.darkQuery = window.matchMedia('(prefers-color-scheme: dark)');
    this.darkQuery.addEventListener('change', this.tellHost);
    // The noscript fallback inside the element is left as it is; the iframe goes after it.
    this.append(this.frame);
    // Opening a link to this widget's scenario shows the widget.
    if (String(state)) requestAnimationFrame(() => this.scrollIntoView());
  }

  disconnectedCallback() {
    window.removeEventListener('message', this.onMessage);
    this.darkQuery?.removeEventListener('change', this.tellHost);
  }
}

if (!customElements.get('pledge-viz')) customElements.define('pledge-viz', PledgeViz);
