// The editor's forms: the tables with a role per column, and the description fields.
// Builds elements only (text always as textContent); every change goes to the caller's
// `change` callbacks, which hand it to the wasm Editor. Every control has an id, so that a
// re-render can give focus back, and sits in a container whose `data-anchors` name the
// places in the draft its problems are reported at (see src/editor/page.rs).

// The same element and template helpers as the widget's (loading widget.js fetches no wasm
// until a widget is mounted); editor.js and editor-publish.js take them from here.
import { h, fill } from './widget.js';

export { h, fill };

const ROLES = ['label', 'commitment', 'contributor', 'pledged', 'delivered', 'date', 'ignore'];
const SHAPES = ['per_commitment', 'per_contributor', 'per_date'];
const UNITS = ['money', 'people', 'count'];
/** What a commitment's 100 % can be: only a pledge is called "promised" on the chart. */
const REFERENCES = ['pledge', 'estimated_cost', 'target', 'authorised_strength'];
const EVENT_KINDS = ['approval', 'renewal', 'deployment', 'statement', 'mandate_end', 'other'];

function select(id, options, value, onChange) {
  const element = h('select', { id }, options.map(([optionValue, label]) => {
    const option = h('option', { value: optionValue }, [label]);
    option.selected = optionValue === value;
    return option;
  }));
  element.addEventListener('change', () => onChange(element.value));
  return element;
}

/** A labelled control in a container that problems at `anchors` are placed in. */
function field(anchors, id, label, control, hint) {
  const children = [h('label', { for: id }, [label]), control];
  if (hint) {
    const hintId = `${id}-hint`;
    control.dataset.hint = hintId;
    children.push(h('p', { class: 'hint', id: hintId }, [hint]));
  }
  return h('div', { class: 'field', 'data-anchors': anchors }, children);
}

function input(id, value, onInput, attributes = {}) {
  const element = h('input', { id, type: 'text', ...attributes });
  element.value = value ?? '';
  element.addEventListener('input', () => onInput(element.value));
  return element;
}

/** The text of one language of a draft text; text in no language is the draft's. */
function textIn(text, lang, draftLang) {
  const entry = text.find((e) => e.lang === lang) ?? (lang === draftLang ? text.find((e) => e.lang === '') : undefined);
  return entry ? entry.text : '';
}

/**
 * The tables: a heading, the shape of their rows, the commitment they are about, the date
 * order, and the cells as inputs under a role choice per column.
 */
export function renderTables(container, draft, words, change) {
  const page = words.page;
  if (draft.tables.length === 0) {
    container.replaceChildren(h('p', { class: 'hint' }, [page.no_table]));
    return;
  }
  container.replaceChildren(...draft.tables.map((table, t) => {
    const headingId = `t${t}-heading`;
    const title = table.name ? fill(page.table_named, { number: t + 1, name: table.name }) : fill(page.table, { number: t + 1 });
    const settings = [
      field(`table:${t}`, `t${t}-shape`, page.shape, select(`t${t}-shape`, SHAPES.map((shape) => [shape, page[`shape_${shape}`]]), table.shape, (value) => change.set(`/tables/${t}/shape`, value, true))),
    ];
    if (table.shape !== 'per_commitment') {
      settings.push(field(`table:${t}`, `t${t}-commitment`, page.table_commitment, input(`t${t}-commitment`, table.commitment, (value) => change.set(`/tables/${t}/commitment`, value))));
    }
    if (table.roles.includes('date')) {
      const orders = [['', page.order_unknown], ['day_first', page.order_day_first], ['month_first', page.order_month_first]];
      settings.push(field(`table:${t}`, `t${t}-order`, page.date_order, select(`t${t}-order`, orders, table.date_order ?? '', (value) => change.set(`/tables/${t}/date_order`, value || null, true))));
    }
    const header = h('tr', {}, table.table.header.map((text, c) => {
      const role = select(`t${t}-role-${c}`, ROLES.map((r) => [r, words.roleLabels[r]]), table.roles[c], (value) => change.set(`/tables/${t}/roles/${c}`, value, true));
      role.setAttribute('aria-label', fill(page.role, { header: text || c + 1 }));
      return h('th', { scope: 'col', 'data-anchors': `column:${t}:${c}` }, [h('span', { class: 'header' }, [text || String(c + 1)]), role]);
    }));
    const body = table.table.rows.map((row, r) => h('tr', {}, row.cells.map((cell, c) => {
      const id = `t${t}-r${r}-c${c}`;
      const control = input(id, cell, (value) => change.set(`/tables/${t}/table/rows/${r}/cells/${c}`, value), {
        'aria-label': fill(page.cell, { row: row.line, header: table.table.header[c] || c + 1 }),
        spellcheck: 'false',
      });
      return h('td', { 'data-anchors': `cell:${t}:${row.line}:${c}` }, [control]);
    })));
    const remove = h('button', { type: 'button', id: `t${t}-remove` }, [page.remove_table]);
    remove.addEventListener('click', () => change.remove('tables', t));
    return h('section', { class: 'table', 'aria-labelledby': headingId, 'data-anchors': `table:${t}` }, [
      h('h3', { id: headingId }, [title]),
      h('div', { class: 'row' }, settings),
      h('div', { class: 'scroll' }, [h('table', { 'aria-labelledby': headingId }, [h('thead', {}, [header]), h('tbody', {}, body)])]),
      remove,
    ]);
  }));
}

/**
 * The description: texts in each chosen language, the as-of date, currency, illustrative
 * switch, each commitment's unit, basis and deadline, sources, events and notes.
 */
export function renderDescription(container, draft, words, languages, textLanguages, change) {
  const page = words.page;
  const labels = words.fieldLabels;
  const names = Object.fromEntries(languages);
  const required = (label) => fill(page.required, { label });
  const numbered = (label, index) => fill(words.places.field_numbered, { field: label, number: index + 1 });
  /** A text field: one input per chosen language. */
  const text = (anchors, id, pointer, value, label) => {
    const several = textLanguages.length > 1;
    return h('div', { class: 'field texts', 'data-anchors': anchors }, textLanguages.map((lang) => {
      const inputId = `${id}-${lang}`;
      const shown = several ? fill(page.in_language, { field: label, language: names[lang] }) : label;
      return h('div', { class: 'text' }, [
        h('label', { for: inputId }, [shown]),
        input(inputId, textIn(value, lang, draft.language), (typed) => change.text(pointer, lang, typed), { lang }),
      ]);
    }));
  };
  const date = (anchors, id, pointer, value, label) => field(anchors, id, label, input(id, value, (typed) => change.set(pointer, typed)), page.date_hint);
  const removeButton = (id, list, index) => {
    const button = h('button', { type: 'button', id, class: 'remove' }, [page.remove]);
    button.addEventListener('click', () => change.remove(list, index));
    return button;
  };
  const addButton = (id, label, list) => {
    const button = h('button', { type: 'button', id }, [label]);
    button.addEventListener('click', () => change.add(list));
    return button;
  };

  const languageChoice = h('fieldset', { class: 'languages' }, [
    h('legend', {}, [page.text_languages]),
    ...languages.map(([code, name]) => {
      const box = h('input', { type: 'checkbox', id: `text-lang-${code}`, value: code });
      box.checked = textLanguages.includes(code);
      box.disabled = code === draft.language;
      box.addEventListener('change', () => change.textLanguage(code, box.checked));
      return h('label', { for: `text-lang-${code}`, lang: code }, [box, ` ${name}`]);
    }),
  ]);
  const illustrative = h('input', { type: 'checkbox', id: 'f-illustrative' });
  illustrative.checked = draft.illustrative;
  illustrative.addEventListener('change', () => change.set('/illustrative', illustrative.checked));
  const orders = [['', page.order_unknown], ['day_first', page.order_day_first], ['month_first', page.order_month_first]];

  const commitments = draft.commitments.map((commitment, i) => {
    const unit = select(`c${i}-unit`, UNITS.map((u) => [u, page[`unit_${u}`]]), commitment.unit, (value) => change.set(`/commitments/${i}/unit`, value, true));
    const parts = [
      h('legend', {}, [fill(page.commitment, { name: commitment.name })]),
      text(`field:commitment:${i} field:commitment_label:${i}`, `c${i}-label`, `/commitments/${i}/label`, commitment.label, labels.commitment_label),
      field(`field:unit:${i}`, `c${i}-unit`, labels.unit, unit),
    ];
    if (commitment.unit === 'money') {
      parts.push(field(`field:commitment_currency:${i}`, `c${i}-currency`, labels.commitment_currency, input(`c${i}-currency`, commitment.currency, (value) => change.set(`/commitments/${i}/currency`, value), { autocomplete: 'off' }), page.currency_hint));
    }
    if (commitment.unit === 'count') {
      parts.push(text(`field:unit_name:${i}`, `c${i}-unit_name`, `/commitments/${i}/unit_name`, commitment.unit_name, required(labels.unit_name)));
    }
    parts.push(
      text(`field:pledged_basis:${i}`, `c${i}-pledged_basis`, `/commitments/${i}/pledged_basis`, commitment.pledged_basis, required(labels.pledged_basis)),
      field('', `c${i}-reference`, page.reference, select(`c${i}-reference`, REFERENCES.map((r) => [r, page[`reference_${r}`]]), commitment.reference || 'pledge', (value) => change.set(`/commitments/${i}/reference`, value))),
      date(`field:deadline:${i}`, `c${i}-deadline`, `/commitments/${i}/deadline`, commitment.deadline, labels.deadline),
      text(`field:deadline_label:${i}`, `c${i}-deadline_label`, `/commitments/${i}/deadline_label`, commitment.deadline_label, labels.deadline_label),
      removeButton(`c${i}-remove`, 'commitments', i),
    );
    return h('fieldset', { class: 'item' }, parts);
  });

  const sources = draft.sources.map((source, i) => h('fieldset', { class: 'item' }, [
    h('legend', {}, [numbered(labels.source_name, i)]),
    // A source's name may be given in each language ("UN Security Council, resolution
    // 2699"); an article's title is left as published.
    text(`field:source_name:${i}`, `s${i}-name`, `/sources/${i}/name`, source.name, required(labels.source_name)),
    field(`field:source_url:${i}`, `s${i}-url`, labels.source_url, input(`s${i}-url`, source.url, (value) => change.set(`/sources/${i}/url`, value), { type: 'url', inputmode: 'url' })),
    date(`field:source_date:${i}`, `s${i}-date`, `/sources/${i}/date`, source.date, labels.source_date),
    removeButton(`s${i}-remove`, 'sources', i),
  ]));

  const events = draft.events.map((event, i) => {
    const approximate = h('input', { type: 'checkbox', id: `e${i}-approximate` });
    approximate.checked = event.approximate_date;
    approximate.addEventListener('change', () => change.set(`/events/${i}/approximate_date`, approximate.checked));
    return h('fieldset', { class: 'item' }, [
      h('legend', {}, [numbered(labels.event_label, i)]),
      date(`field:event_date:${i}`, `e${i}-date`, `/events/${i}/date`, event.date, required(labels.event_date)),
      h('div', { class: 'field check' }, [approximate, h('label', { for: `e${i}-approximate` }, [page.approximate_date])]),
      field('', `e${i}-kind`, page.event_kind, select(`e${i}-kind`, EVENT_KINDS.map((k) => [k, page[`kind_${k}`]]), event.kind, (value) => change.set(`/events/${i}/kind`, value))),
      text(`field:event_label:${i}`, `e${i}-label`, `/events/${i}/label`, event.label, required(labels.event_label)),
      removeButton(`e${i}-remove`, 'events', i),
    ]);
  });

  const notes = draft.notes.map((note, i) => h('fieldset', { class: 'item' }, [
    h('legend', {}, [numbered(labels.note_text, i)]),
    text(`field:note_text:${i}`, `n${i}-text`, `/notes/${i}/text`, note.text, required(labels.note_text)),
    removeButton(`n${i}-remove`, 'notes', i),
  ]));

  container.replaceChildren(
    languageChoice,
    text('field:title', 'f-title', '/title', draft.title, required(labels.title)),
    text('field:subtitle', 'f-subtitle', '/subtitle', draft.subtitle, labels.subtitle),
    date('field:as_of', 'f-as_of', '/as_of', draft.as_of, required(labels.as_of)),
    field('', 'f-date_order', page.date_order, select('f-date_order', orders, draft.date_order ?? '', (value) => change.set('/date_order', value || null))),
    field('field:currency', 'f-currency', labels.currency, input('f-currency', draft.currency, (value) => change.set('/currency', value), { autocomplete: 'off' }), page.currency_hint),
    h('div', { class: 'field check' }, [illustrative, h('label', { for: 'f-illustrative' }, [page.illustrative])]),
    h('h3', {}, [page.commitments]),
    ...commitments,
    h('h3', {}, [page.sources]),
    ...sources,
    h('div', { class: 'field', 'data-anchors': 'field:sources' }, [addButton('add-source', page.add_source, 'sources')]),
    h('h3', {}, [page.events]),
    ...events,
    addButton('add-event', page.add_event, 'events'),
    h('h3', {}, [page.notes]),
    ...notes,
    addButton('add-note', page.add_note, 'notes'),
  );
}
