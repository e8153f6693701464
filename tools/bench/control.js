// Benchmark control page (tools/bench.mjs), not published. The widget builds its markup and
// draws once, exactly as on the embed page; then every slider is swapped for a copy without
// the widget's listener, whose input only asks for an animation frame that does nothing.
// Subtracting this page's figures from the others' leaves what redrawing costs, without
// what driving the slider, the frames and the measuring cost. ?data=URL as on embed.html.
import { mount } from '/widget.js';

const params = new URLSearchParams(location.search);
const root = document.querySelector('.pledgeviz');
await mount(root, {
  src: params.get('data') ? new URL(params.get('data'), location.href).href : undefined,
  lang: params.get('lang'),
  theme: 'auto',
  transparent: true,
});
for (const input of root.querySelectorAll('input[type="range"]')) {
  const inert = input.cloneNode(true); // a copy has none of the original's listeners
  let pending = false;
  inert.addEventListener('input', () => {
    if (pending) return;
    pending = true;
    requestAnimationFrame(() => { pending = false; });
  });
  input.replaceWith(inert);
}
root.dataset.control = 'ready';
