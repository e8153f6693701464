// Benchmark reference page (tools/bench.mjs), not published: what the widget shows for a
// pledgeviz/1 dataset, drawn with Chart.js 4 as a careful Chart.js user would.
//   - bars: delivered against the pledge per commitment, as a share of it; the scenario's
//     addition stacked on; a hatched bar for a published bound; the 100 % line
//   - timeline: cumulative share over time per commitment, points drawn, the pledge line,
//     dated events and the as-of date marked, the scenario's point at the as-of date
//   - contributors (when the dataset has them): the 8 largest and the rest, drawn once,
//     since no slider changes them
//   - text around them as the widget has it: title, headlines, the slider's value, the
//     result sentence, the pace needed, an accessible table, the canvases' names
// One slider, the first commitment's "delivered on top", redraws once per animation frame
// (input is coalesced like the widget's) with chart.update('none'). No animation, no
// tooltips or hover (the widget has neither), no time-scale adapter (a linear day axis).
// ?data=URL (default the bundled dataset), ?lang=fr|en.
/* global Chart */

const params = new URLSearchParams(location.search);
const lang = params.get('lang') === 'en' ? 'en' : 'fr';
const locale = lang === 'fr' ? 'fr-FR' : 'en-US';
const words = (fr, en) => (lang === 'fr' ? fr : en);
const text = (value) => (value == null ? '' : typeof value === 'string' ? value : value[lang] ?? Object.values(value)[0] ?? '');
const figure = (value) => (value == null ? null : typeof value === 'number' ? { value, qualifier: 'exact' } : { value: value.value, qualifier: value.qualifier || 'exact' });

const DAY_MS = 86_400_000;
const dayOf = (iso) => Date.parse(`${iso}T00:00:00Z`) / DAY_MS;
const wholeNumber = new Intl.NumberFormat(locale, { maximumFractionDigits: 0 });
const oneDecimal = new Intl.NumberFormat(locale, { minimumFractionDigits: 1, maximumFractionDigits: 1 });
const longDate = new Intl.DateTimeFormat(locale, { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });
const shortMonth = new Intl.DateTimeFormat(locale, { month: 'short', year: 'numeric', timeZone: 'UTC' });
const QUALIFIER = {
  exact: '', approximate: words('environ ', 'about '), less_than: words('moins de ', 'less than '), more_than: words('plus de ', 'more than '),
};
const COLORS = {
  text: '#1a1a1a', muted: '#595959', grid: '#d0d0d0', track: '#e8e8e8', delivered: '#0072b2', scenario: '#e69f00',
  series: ['#0072b2', '#d55e00', '#009e73', '#cc79a7'],
};
const FONT = 'system-ui, sans-serif';

const percent = (share) => (lang === 'fr' ? `${wholeNumber.format(share * 100)} %` : `${wholeNumber.format(share * 100)}%`);
const SYMBOL = { USD: '$', EUR: '€', GBP: '£' };

function amount(value, unit, currency, unitName) {
  if (unit === 'money') {
    const symbol = SYMBOL[currency] ?? ` ${currency}`;
    const [scaled, suffix] = value >= 1e9 ? [value / 1e9, words(' Md', 'B')] : value >= 1e6 ? [value / 1e6, words(' M', 'M')] : [value, ''];
    const digits = scaled < 10 && suffix ? oneDecimal : wholeNumber;
    return lang === 'fr' ? `${digits.format(scaled)}${suffix}${symbol}` : `${symbol}${digits.format(scaled)}${suffix}`;
  }
  const name = unit === 'people' ? words('personnes', 'people') : text(unitName);
  return `${wholeNumber.format(value)} ${name}`;
}

/** The dataset's figures for one commitment, with the scenario's extra amount. */
function figures(dataset, commitment, extra) {
  const pledged = figure(commitment.pledged);
  const currency = commitment.currency || dataset.currency;
  const byShare = commitment.delivered?.percent_of_pledge != null;
  const qualifier = byShare ? commitment.delivered.qualifier || 'exact' : figure(commitment.delivered).qualifier;
  const share = byShare ? commitment.delivered.percent_of_pledge / 100
    : pledged?.value > 0 ? figure(commitment.delivered).value / pledged.value : 0;
  const delivered = byShare ? (pledged ? share * pledged.value : null) : figure(commitment.delivered).value;
  const extraShare = pledged?.value > 0 ? extra / pledged.value : extra;
  const show = (value) => (pledged || !byShare ? amount(value, commitment.unit, currency, commitment.unit_name) : percent(value));
  return {
    label: text(commitment.label), basis: text(commitment.pledged_basis), pledged, share, qualifier, delivered, extraShare,
    bound: qualifier === 'less_than' || qualifier === 'more_than',
    deliveredText: delivered == null ? `${QUALIFIER[qualifier]}${percent(share)}` : `${QUALIFIER[qualifier]}${show(delivered)}`,
    pledgedText: pledged ? `${QUALIFIER[pledged.qualifier]}${show(pledged.value)}` : '',
    ratioText: `${QUALIFIER[qualifier]}${percent(share)}`,
    scenarioText: `${QUALIFIER[qualifier]}${percent(share + extraShare)}`,
    extraText: pledged ? show(extra) : percent(extra),
    scenarioDelivered: delivered == null ? `${QUALIFIER[qualifier]}${percent(share + extraShare)}` : `${QUALIFIER[qualifier]}${show(delivered + extra)}`,
    deadline: commitment.deadline,
    show,
  };
}

const fill = (template, values) => template.replace(/\{(\w+)\}/g, (_, key) => values[key] ?? '');
const capitalised = (line) => line.charAt(0).toUpperCase() + line.slice(1);

/** The largest of 1, 2 or 5 times a power of ten that is at most `raw` (the widget's slider steps). */
function niceStep(raw) {
  if (!(raw > 0) || !Number.isFinite(raw)) return 1;
  const power = 10 ** Math.floor(Math.log10(raw));
  return [5, 2, 1].map((m) => m * power).find((step) => step <= raw) ?? power;
}

/** A quarter-of-the-pledge axis from 0 to at least 100 %. */
const axisMax = (share) => Math.max(1, Math.ceil(share * 4 - 1e-9) / 4);

function hatchPattern(color) {
  const tile = document.createElement('canvas');
  tile.width = 8;
  tile.height = 8;
  const context = tile.getContext('2d');
  context.strokeStyle = color;
  context.lineWidth = 1.5;
  context.beginPath();
  context.moveTo(0, 8);
  context.lineTo(8, 0);
  context.moveTo(-2, 2);
  context.lineTo(2, -2);
  context.moveTo(6, 10);
  context.lineTo(10, 6);
  context.stroke();
  return context.createPattern(tile, 'repeat');
}

/** Draws a labelled vertical line at 100 % on the bars, a horizontal one on the timeline. */
const pledgeLine = {
  id: 'pledgeLine',
  afterDatasetsDraw(chart, _args, options) {
    const { ctx, chartArea } = chart;
    ctx.save();
    ctx.strokeStyle = COLORS.text;
    ctx.lineWidth = 2.5;
    ctx.fillStyle = COLORS.text;
    ctx.font = `13px ${FONT}`;
    ctx.beginPath();
    if (options.axis === 'x') {
      const x = chart.scales.x.getPixelForValue(1);
      ctx.moveTo(x, chartArea.top);
      ctx.lineTo(x, chartArea.bottom);
    } else {
      const y = chart.scales.y.getPixelForValue(1);
      ctx.moveTo(chartArea.left, y);
      ctx.lineTo(chartArea.right, y);
      ctx.textAlign = 'right';
      ctx.fillText(options.label, chartArea.right - 4, y - 5);
    }
    ctx.stroke();
    ctx.restore();
  },
};

/** Marks dated events (thin lines, labels packed in rows above the plot) and the as-of date (bold). */
const EVENT_ROWS = 3;
const eventMarks = {
  id: 'eventMarks',
  afterDatasetsDraw(chart, _args, options) {
    const { ctx, chartArea } = chart;
    const x = chart.scales.x;
    ctx.save();
    ctx.font = `13px ${FONT}`;
    ctx.textBaseline = 'bottom';
    const rowEnds = new Array(EVENT_ROWS).fill(-Infinity);
    const marks = [...options.events.map((event) => ({ ...event, asOf: false })), { day: options.asOf, label: options.asOfLabel, asOf: true }];
    for (const mark of marks) {
      const at = x.getPixelForValue(mark.day);
      ctx.font = `${mark.asOf ? 'bold ' : ''}13px ${FONT}`;
      const width = ctx.measureText(mark.label).width;
      const left = Math.min(Math.max(chartArea.left, at - width / 2), chartArea.right - width);
      let row = rowEnds.findIndex((end) => end + 6 <= left);
      if (row < 0) row = EVENT_ROWS - 1;
      rowEnds[row] = left + width;
      const labelBottom = chartArea.top - 4 - (EVENT_ROWS - 1 - row) * 17;
      ctx.fillStyle = mark.asOf ? COLORS.text : COLORS.muted;
      ctx.fillText(mark.label, left, labelBottom);
      ctx.strokeStyle = mark.asOf ? COLORS.text : COLORS.muted;
      ctx.lineWidth = mark.asOf ? 2 : 1;
      ctx.beginPath();
      ctx.moveTo(at, labelBottom);
      ctx.lineTo(at, chartArea.bottom);
      ctx.stroke();
      if (mark.approximate) {
        ctx.beginPath();
        ctx.arc(at, chartArea.top, 3, 0, 2 * Math.PI);
        ctx.fillStyle = COLORS.muted;
        ctx.fill();
      }
    }
    ctx.restore();
  },
};

const part = (name) => document.querySelector(`[data-part="${name}"]`);
function replaceChildren(parent, tag, texts) {
  parent.replaceChildren(...texts.map((content) => {
    const element = document.createElement(tag);
    element.textContent = content;
    return element;
  }));
}

function baseOptions() {
  return {
    animation: false,
    responsive: true,
    maintainAspectRatio: false,
    events: [],
    font: { family: FONT },
    color: COLORS.text,
    plugins: { tooltip: { enabled: false }, legend: { position: 'top', align: 'start', labels: { color: COLORS.text, boxWidth: 13, font: { size: 13 } } } },
  };
}

async function main() {
  const root = document.querySelector('.pledgeviz');
  const source = params.get('data') ? new URL(params.get('data'), location.href).href : '/data/haiti-mss.json';
  const dataset = await (await fetch(source, { credentials: 'omit' })).json();
  document.documentElement.lang = lang;
  const commitments = dataset.commitments;
  const observations = new Map(commitments.map((c) => [c.id, []]));
  for (const observation of dataset.observations ?? []) observations.get(observation.commitment)?.push(observation);
  const events = [...(dataset.events ?? [])].sort((a, b) => a.date.localeCompare(b.date))
    .map((event) => ({ day: dayOf(event.date), label: text(event.label), approximate: Boolean(event.approximate_date) }));
  const asOf = dayOf(dataset.as_of);
  const illustrative = dataset.illustrative ? words('Données fictives', 'Illustrative figures') : '';

  // The slider: the first commitment's "delivered on top", with the widget's range and step.
  const subject = commitments[0];
  const whole = figure(subject.pledged)?.value > 0 ? figure(subject.pledged).value : 1;
  const step = niceStep(whole / 100);
  const input = document.querySelector('#extra');
  Object.assign(input, { max: Math.ceil(whole / step) * step, step, value: 0 });
  part('slider-label').textContent = words(`${text(subject.label)} : livré en plus`, `${text(subject.label)}: delivered on top`);

  // Timeline series: cumulative share per observation, converted once.
  const seriesPoints = commitments.map((commitment) => {
    const pledged = figure(commitment.pledged);
    return observations.get(commitment.id).map((observation) => {
      const delivered = observation.delivered;
      const byShare = delivered?.percent_of_pledge != null;
      const qualifier = byShare ? delivered.qualifier || 'exact' : figure(delivered).qualifier;
      const share = byShare ? delivered.percent_of_pledge / 100 : pledged?.value > 0 ? figure(delivered).value / pledged.value : 0;
      return { x: dayOf(observation.date), y: share, bound: qualifier === 'less_than' || qualifier === 'more_than' };
    });
  });
  const lastDay = Math.max(asOf, ...events.map((e) => e.day), ...commitments.filter((c) => c.deadline).map((c) => dayOf(c.deadline)),
    ...seriesPoints.map((points) => points.at(-1)?.x ?? asOf));
  const firstDay = Math.min(asOf, ...events.map((e) => e.day), ...seriesPoints.map((points) => points[0]?.x ?? asOf));

  const hatch = hatchPattern(COLORS.delivered);
  let rows = commitments.map((commitment) => figures(dataset, commitment, 0));
  const barsMax = () => axisMax(Math.max(...rows.map((row) => row.share + row.extraShare)));
  const timelineMax = () => axisMax(Math.max(rows[0].share + rows[0].extraShare, ...seriesPoints.flatMap((points) => (points.length ? [points.at(-1).y] : []))));
  const rowLabel = (row) => [row.label, `${row.deliveredText}${row.pledgedText ? words(' sur ', ' of ') + row.pledgedText : ''} · ${row.ratioText}`];

  const headings = words(['Engagement', 'Promis', 'Livré', 'Part livrée', 'Avec le scénario'], ['Commitment', 'Pledged', 'Delivered', 'Share delivered', 'With the scenario']);

  // The text first, as the widget does, so the charts are laid out once, in place.
  renderText();
  part('bars-frame').style.height = `${110 + commitments.length * 64}px`;
  const bars = new Chart(part('bars'), {
    type: 'bar',
    data: {
      labels: rows.map(rowLabel),
      datasets: [
        {
          label: words('Livré', 'Delivered'), data: rows.map((row) => row.share), stack: 'share',
          backgroundColor: (context) => (rows[context.dataIndex]?.bound ? hatch : COLORS.delivered),
          borderColor: COLORS.delivered, borderWidth: (context) => (rows[context.dataIndex]?.bound ? 1 : 0),
          barThickness: 26, categoryPercentage: 1,
        },
        {
          label: words('Scénario', 'Scenario'), data: rows.map((row) => row.extraShare), stack: 'share',
          backgroundColor: COLORS.scenario, barThickness: 26,
        },
      ],
    },
    options: {
      ...baseOptions(),
      indexAxis: 'y',
      scales: {
        x: {
          stacked: true, min: 0, max: barsMax(),
          ticks: { stepSize: 0.25, callback: (value) => percent(value), color: COLORS.muted },
          grid: { color: COLORS.grid },
          title: { display: true, text: words('100 % = ce qui a été promis', '100% = what was promised'), color: COLORS.muted, align: 'start' },
        },
        y: { stacked: true, ticks: { color: COLORS.text, font: { size: 15 } }, grid: { display: false } },
      },
      plugins: { ...baseOptions().plugins, pledgeLine: { axis: 'x' }, subtitle: { display: Boolean(illustrative), text: illustrative, color: '#a33a00', align: 'start' } },
    },
    plugins: [pledgeLine],
  });

  part('timeline-frame').style.height = '380px';
  const monthTicks = (scale) => {
    const months = (lastDay - firstDay) / 30.44;
    const stride = [1, 2, 3, 4, 6, 12, 24, 60].find((s) => months / s <= Math.max(2, scale.width / 90)) ?? 60;
    const ticks = [];
    const start = new Date(firstDay * DAY_MS);
    let month = Date.UTC(start.getUTCFullYear(), start.getUTCMonth() + 1, 1);
    for (let i = 0; month / DAY_MS <= lastDay; i += 1) {
      const date = new Date(month);
      if ((date.getUTCFullYear() * 12 + date.getUTCMonth()) % stride === 0) ticks.push({ value: month / DAY_MS });
      month = Date.UTC(date.getUTCFullYear(), date.getUTCMonth() + 1, 1);
    }
    scale.ticks = ticks;
  };
  const timeline = new Chart(part('timeline'), {
    type: 'line',
    data: {
      datasets: [
        ...commitments.map((commitment, i) => ({
          label: `${rows[i].label} ${rows[i].ratioText}`, data: seriesPoints[i], parsing: false, normalized: true,
          borderColor: COLORS.series[i % 4], borderWidth: 2.5, pointRadius: 5, pointBorderWidth: 2,
          pointBackgroundColor: (context) => (context.raw?.bound ? '#ffffff' : COLORS.series[i % 4]), pointBorderColor: COLORS.series[i % 4],
        })),
        {
          label: words('Projection du scénario', 'Scenario projection'), data: [], parsing: false,
          borderColor: COLORS.series[0], borderDash: [5, 4], borderWidth: 2, pointRadius: 4, pointBorderWidth: 2,
          pointBackgroundColor: 'rgba(0,0,0,0)', pointBorderColor: COLORS.series[0],
        },
      ],
    },
    options: {
      ...baseOptions(),
      layout: { padding: { top: EVENT_ROWS * 17 + 4 } }, // room for the event labels; the legend goes below
      scales: {
        x: {
          type: 'linear', min: firstDay, max: lastDay, afterBuildTicks: monthTicks,
          ticks: { callback: (value) => shortMonth.format(value * DAY_MS), color: COLORS.muted, maxRotation: 0, autoSkip: true },
          grid: { color: COLORS.grid },
        },
        y: { min: 0, max: timelineMax(), ticks: { stepSize: 0.25, callback: (value) => percent(value), color: COLORS.muted }, grid: { color: COLORS.grid } },
      },
      plugins: {
        ...baseOptions().plugins,
        legend: { ...baseOptions().plugins.legend, position: 'bottom' },
        pledgeLine: { axis: 'y', label: words('100 % = promesse', '100% = pledge') },
        eventMarks: { events, asOf, asOfLabel: `${words('au', 'as of')} ${longDate.format(asOf * DAY_MS)}` },
        subtitle: { display: Boolean(illustrative), text: illustrative, color: '#a33a00', align: 'start', position: 'bottom' },
      },
    },
    plugins: [pledgeLine, eventMarks],
  });

  // Contributors: the 8 largest pledges to the first commitment they pledge to, then the rest.
  const pledges = (dataset.contributors ?? []).flatMap((contributor) => contributor.pledges
    .filter((pledge) => pledge.commitment === dataset.contributors[0].pledges[0].commitment)
    .map((pledge) => ({ name: text(contributor.name), pledged: figure(pledge.pledged).value, delivered: figure(pledge.delivered).value })));
  if (pledges.length > 0) {
    pledges.sort((a, b) => b.pledged - a.pledged);
    const rest = pledges.splice(8);
    pledges.sort((a, b) => (b.pledged - b.delivered) - (a.pledged - a.delivered)); // largest gap first, as the widget
    if (rest.length) {
      pledges.push({
        name: words(`Les ${rest.length} autres`, `The other ${rest.length}`),
        pledged: rest.reduce((sum, p) => sum + p.pledged, 0), delivered: rest.reduce((sum, p) => sum + p.delivered, 0),
      });
    }
    const commitment = commitments.find((c) => c.id === dataset.contributors[0].pledges[0].commitment) ?? commitments[0];
    const show = (value) => amount(value, commitment.unit, commitment.currency || dataset.currency, commitment.unit_name);
    const shares = pledges.map((p) => (p.pledged > 0 ? p.delivered / p.pledged : 0));
    part('contributors-frame').style.height = `${110 + pledges.length * 44}px`;
    part('contributors').closest('.chart').hidden = false;
    part('contributors').setAttribute('aria-label', words('Par contributeur', 'By contributor'));
    // eslint-disable-next-line no-new
    new Chart(part('contributors'), {
      type: 'bar',
      data: {
        labels: pledges.map((p, i) => [p.name, `${show(p.delivered)}${words(' sur ', ' of ')}${show(p.pledged)} · ${percent(shares[i])}`]),
        datasets: [{ label: words('Livré', 'Delivered'), data: shares, backgroundColor: COLORS.delivered, barThickness: 20 }],
      },
      options: {
        ...baseOptions(),
        indexAxis: 'y',
        scales: {
          x: { min: 0, max: axisMax(Math.max(...shares)), ticks: { stepSize: 0.25, callback: (value) => percent(value), color: COLORS.muted }, grid: { color: COLORS.grid } },
          y: { ticks: { color: COLORS.text }, grid: { display: false } },
        },
        plugins: { ...baseOptions().plugins, pledgeLine: { axis: 'x' }, title: { display: true, text: words(`Par contributeur : ${text(commitment.label)}`, `By contributor: ${text(commitment.label)}`), align: 'start' } },
      },
      plugins: [pledgeLine],
    });
  }

  /** Text, rebuilt as the widget rebuilds it. */
  function renderText() {
    const extra = input.valueAsNumber || 0;
    rows = commitments.map((commitment, i) => figures(dataset, commitment, i === 0 ? extra : 0));
    const [first] = rows;

    part('title').textContent = text(dataset.title);
    part('subtitle').textContent = text(dataset.subtitle);
    part('illustrative').hidden = !illustrative;
    part('illustrative').textContent = illustrative;
    replaceChildren(part('headlines'), 'li', rows.map((row, i) => capitalised(fill(
      text(commitments[i].sentences?.headline) || words('{label} : {ratio} livré ({delivered} sur {pledged})', '{label}: {ratio} delivered ({delivered} of {pledged})'),
      { ratio: row.ratioText, delivered: row.deliveredText, pledged: row.pledgedText, basis: row.basis, label: row.label },
    )) + (row.extraShare > 0 ? words(` (${row.scenarioText} avec le scénario)`, ` (${row.scenarioText} with the scenario)`) : '')));
    part('slider-value').textContent = `+${first.extraText}`;
    part('result').textContent = extra > 0 ? capitalised(fill(
      text(commitments[0].sentences?.what_if) || words('Avec {extra} de plus, {label} atteindrait {delivered} sur {pledged}, soit {ratio}.', 'With {extra} more, {label} would reach {delivered} of {pledged}, or {ratio}.'),
      { extra: first.extraText, delivered: first.scenarioDelivered, pledged: first.pledgedText, ratio: first.scenarioText, label: first.label },
    )) : '';
    replaceChildren(part('pace-needed'), 'li', rows.flatMap((row) => {
      if (!row.deadline || !row.pledged) return [];
      const months = (dayOf(row.deadline) - asOf) / 30.44;
      const shortfall = Math.max(0, row.pledged.value * (1 - row.share - row.extraShare));
      if (months <= 0 || shortfall <= 0) return [];
      return [words(`${row.label} : ${row.show(shortfall / months)} par mois d'ici le ${longDate.format(dayOf(row.deadline) * DAY_MS)} pour tenir la promesse`,
        `${row.label}: ${row.show(shortfall / months)} a month until ${longDate.format(dayOf(row.deadline) * DAY_MS)} to meet the pledge`)];
    }));
    replaceChildren(part('notes'), 'li', (dataset.notes ?? []).map((note) => text(note.text)));
    part('source').textContent = `${words('Source : ', 'Source: ')}${dataset.sources.map((s) => text(s.name)).join(' ; ')} (${words('au', 'as of')} ${longDate.format(asOf * DAY_MS)})`;
    const table = part('table');
    replaceChildren(table.tHead.rows[0], 'th', headings);
    table.tBodies[0].replaceChildren(...rows.map((row) => {
      const tr = document.createElement('tr');
      replaceChildren(tr, 'td', [row.label, row.pledgedText, row.deliveredText, row.ratioText, row.scenarioText]);
      return tr;
    }));
    part('bars').setAttribute('aria-label', rows.map((row) => `${row.label} : ${row.scenarioText}`).join(' ; '));
    part('timeline').setAttribute('aria-label', words(`Évolution de la part livrée, ${text(dataset.title)}`, `Share delivered over time, ${text(dataset.title)}`));
  }

  /** The charts: new data, then one redraw each, without animation. */
  function updateCharts() {
    const [first] = rows;
    const extra = input.valueAsNumber || 0;
    bars.data.labels = rows.map(rowLabel);
    bars.data.datasets[0].data = rows.map((row) => row.share);
    bars.data.datasets[1].data = rows.map((row) => row.extraShare);
    bars.options.scales.x.max = barsMax();
    bars.update('none');
    const scenario = first.share + first.extraShare;
    timeline.data.datasets.forEach((series, i) => {
      if (i < commitments.length) series.label = `${rows[i].label} ${rows[i].ratioText}`;
    });
    timeline.data.datasets[commitments.length].data = extra > 0 ? [{ x: asOf, y: scenario }] : [];
    timeline.options.scales.y.max = timelineMax();
    timeline.update('none');
  }

  // Input is coalesced: at most one text update and redraw per animation frame.
  let pending = false;
  input.addEventListener('input', () => {
    if (pending) return;
    pending = true;
    requestAnimationFrame(() => {
      pending = false;
      const start = performance.now();
      renderText();
      updateCharts();
      root.dataset.renderMs = (performance.now() - start).toFixed(3);
    });
  });
  // The charts drew themselves when created (no animation): both are on the page now.
  performance.mark('chartjs:first-draw');
}

// chart.umd.min.js is a deferred classic script: it has run before this module.
main().catch((error) => {
  document.querySelector('.pledgeviz').textContent = `Chart.js reference page failed: ${error.message}`;
  throw error;
});
