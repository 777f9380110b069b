// The desk: wires the filters, map, timeline, list and event view to the API and keeps the view's state
// in the URL. Every filter change loads the list page, the map points and the counts in parallel; a
// newer change cancels what an older one still has in flight.
import { getJson, post } from './api.js';
import { EventDetail } from './detail.js';
import { clear, el } from './dom.js';
import { FALLBACK_COLOUR, LABELS, SUB_TYPE_AR, TYPE_AR, TYPE_COLOURS } from './i18n.js';
import { DeskMap } from './map.js';
import { filterParams, readState, stateUrl } from './state.js';
import { Timeline } from './timeline.js';

const PAGE_SIZE = 50;

/** @type {import('./state.js').DeskState} */
let state = readState();
let vocabulary = { eventTypes: {}, admin1: [], outlets: [], store: { articles: 0, events: 0 } };
let inflight = null;
let total = 0;

const $ = (sel) => /** @type {HTMLElement} */ (document.querySelector(sel));
const t = (key) => LABELS[state.lang][key] ?? LABELS.en[key] ?? key;
const typeLabel = (ty) => (state.lang === 'ar' ? TYPE_AR[ty] ?? ty : ty);
const subLabel = (s) => (state.lang === 'ar' ? SUB_TYPE_AR[s] ?? s : s);
const admin1Label = (n) => (state.lang === 'ar' ? vocabulary.admin1.find((a) => a.name_en === n)?.name_ar ?? n : n);
const askToken = (message) => prompt(`${t('tokenPrompt')}\n${message}`);

// ------------------------------------------------------------------------------------------------
// state ↔ URL

function setState(patch, { push = true, reload = true } = {}) {
  const filterChanged = Object.keys(patch).some((k) => k !== 'event' && k !== 'offset' && k !== 'lang');
  state = { ...state, ...patch, ...(filterChanged ? { offset: 0 } : {}) };
  const url = stateUrl(state);
  if (push) history.pushState(null, '', url);
  else history.replaceState(null, '', url);
  if ('lang' in patch) applyLabels();
  syncControls();
  if (reload) void refresh();
  if ('event' in patch) void showEvent();
}

window.addEventListener('popstate', () => {
  state = readState();
  applyLabels();
  syncControls();
  void refresh();
  void showEvent();
});

// ------------------------------------------------------------------------------------------------
// labels and controls

function applyLabels() {
  document.documentElement.lang = state.lang;
  document.documentElement.dir = state.lang === 'ar' ? 'rtl' : 'ltr';
  for (const n of document.querySelectorAll('[data-i18n]')) n.textContent = t(n.dataset.i18n);
  for (const n of document.querySelectorAll('[data-i18n-placeholder]')) n.setAttribute('placeholder', t(n.dataset.i18nPlaceholder));
  for (const n of document.querySelectorAll('[data-i18n-title]')) n.setAttribute('title', t(n.dataset.i18nTitle));
  fillSelects();
  renderLegend();
}

function fillSelects() {
  const typeSel = /** @type {HTMLSelectElement} */ ($('#f-type'));
  typeSel.replaceChildren(el('option', { value: '' }, t('anyType')));
  for (const [ty, subs] of Object.entries(vocabulary.eventTypes)) {
    const group = el('optgroup', { label: typeLabel(ty) }, el('option', { value: ty }, typeLabel(ty)));
    for (const s of subs) group.appendChild(el('option', { value: s }, `— ${subLabel(s)}`));
    typeSel.appendChild(group);
  }
  const adminSel = /** @type {HTMLSelectElement} */ ($('#f-admin1'));
  adminSel.replaceChildren(el('option', { value: '' }, t('anyAdmin1')),
    ...vocabulary.admin1.map((a) => el('option', { value: a.name_en }, state.lang === 'ar' ? a.name_ar : a.name_en)));
  const outletSel = /** @type {HTMLSelectElement} */ ($('#f-outlet'));
  outletSel.replaceChildren(el('option', { value: '' }, t('anyOutlet')),
    ...vocabulary.outlets.map((o) => el('option', { value: o.outlet }, `${o.outlet} (${o.articles})`)));
  syncControls();
}

function syncControls() {
  for (const k of ['from', 'to', 'type', 'admin1', 'actor', 'outlet', 'background']) {
    const input = /** @type {HTMLInputElement} */ ($(`#f-${k}`));
    // a date filter may be a month or a year (from a shared URL): the day input shows its first day
    input.value = (k === 'from' || k === 'to') && state[k] && state[k].length < 10 ? '' : state[k];
  }
  /** @type {HTMLInputElement} */ ($('#q')).value = state.q;
  for (const a of document.querySelectorAll('a[data-format]')) {
    a.setAttribute('href', `/api/export?${filterParams(state, { format: a.dataset.format })}`);
  }
}

function renderLegend() {
  const legend = $('#legend');
  clear(legend);
  for (const [ty, colour] of Object.entries(TYPE_COLOURS)) {
    legend.appendChild(el('div', { class: 'legend-row' }, el('span', { class: 'dot', style: { background: colour } }), typeLabel(ty)));
  }
}

function wireControls() {
  for (const k of ['from', 'to', 'type', 'admin1', 'outlet', 'background']) {
    $(`#f-${k}`).addEventListener('change', (e) => setState({ [k]: /** @type {HTMLInputElement} */ (e.target).value }));
  }
  const actor = /** @type {HTMLInputElement} */ ($('#f-actor'));
  actor.addEventListener('change', () => setState({ actor: actor.value.trim() }));
  actor.addEventListener('input', debounce(async () => {
    const q = actor.value.trim();
    if (q.length < 2) return;
    const r = await getJson(`/api/actors?q=${encodeURIComponent(q)}`);
    $('#actor-choices').replaceChildren(...r.actors.flatMap((a) => [el('option', { value: a.name }, a.name_ar), el('option', { value: a.name_ar }, a.name)]));
  }, 200));
  $('#search-form').addEventListener('submit', (e) => {
    e.preventDefault();
    setState({ q: /** @type {HTMLInputElement} */ ($('#q')).value.trim() });
  });
  $('#reset-filters').addEventListener('click', () => setState({ from: '', to: '', type: '', admin1: '', actor: '', outlet: '', background: '', q: '' }));
  $('#prev-page').addEventListener('click', () => setState({ offset: Math.max(0, state.offset - PAGE_SIZE) }));
  $('#next-page').addEventListener('click', () => {
    if (state.offset + PAGE_SIZE < total) setState({ offset: state.offset + PAGE_SIZE });
  });
  $('#lang-toggle').addEventListener('click', () => setState({ lang: state.lang === 'ar' ? 'en' : 'ar' }, { reload: true }));
  $('#close-detail').addEventListener('click', () => setState({ event: '' }, { reload: false }));
}

function debounce(fn, ms) {
  let timer = 0;
  return (...args) => {
    clearTimeout(timer);
    timer = setTimeout(() => fn(...args), ms);
  };
}

// ------------------------------------------------------------------------------------------------
// loading a view

let deskMap;
let timeline;
let detail;

async function refresh() {
  inflight?.abort();
  const ctrl = new AbortController();
  inflight = ctrl;
  const started = performance.now();
  const qs = filterParams(state);
  const sep = qs ? '&' : '';
  document.body.classList.add('loading');
  try {
    const [list, map, stats, search] = await Promise.all([
      getJson(`/api/events?${qs}${sep}limit=${PAGE_SIZE}&offset=${state.offset}`, ctrl.signal),
      getJson(`/api/map?${qs}`, ctrl.signal),
      getJson(`/api/stats?${qs}`, ctrl.signal),
      state.q ? getJson(`/api/search?q=${encodeURIComponent(state.q)}&limit=10`, ctrl.signal) : null,
    ]);
    if (ctrl.signal.aborted) return;
    const fetched = performance.now();
    // a capped total is a floor: paging goes on while pages come back full
    total = list.totalCapped ? Infinity : list.total;
    renderList(list);
    deskMap.showPoints(map);
    deskMap.paintChoropleth(stats.byAdmin1);
    timeline.show(stats.timeline, { from: state.from, to: state.to });
    renderSummary(stats, map);
    renderSearch(search);
    document.body.dataset.loadedMs = String(Math.round(performance.now() - started));
    document.body.dataset.fetchMs = String(Math.round(fetched - started));
    document.body.dataset.ready = String(Number(document.body.dataset.ready || 0) + 1);
  } catch (err) {
    if (err.name !== 'AbortError') showError(err.message);
  } finally {
    if (inflight === ctrl) document.body.classList.remove('loading');
  }
}

function showError(message) {
  $('#list-count').textContent = message;
  $('#list-count').classList.add('error');
}

function renderList(list) {
  $('#list-count').classList.remove('error');
  const first = list.total ? list.offset + 1 : 0;
  const last = list.offset + list.events.length;
  const of = list.totalCapped ? `${t('moreThan')} ${list.total.toLocaleString('en')}` : String(list.total);
  $('#list-count').textContent = `${first}–${last} ${t('of')} ${of}`;
  /** @type {HTMLButtonElement} */ ($('#prev-page')).disabled = list.offset === 0;
  /** @type {HTMLButtonElement} */ ($('#next-page')).disabled = list.totalCapped ? list.events.length < list.limit : last >= list.total;
  const tbody = $('#events-table tbody');
  clear(tbody);
  if (list.events.length === 0) tbody.appendChild(el('tr', {}, el('td', { colspan: 8, class: 'empty' }, t('noEvents'))));
  for (const e of list.events) {
    const tr = el('tr', { dataset: { eventId: e.event_id, type: e.event_type, admin1: e.admin1 ?? '' }, tabindex: 0, class: e.event_id === state.event ? 'selected' : '' },
      el('td', { class: 'date', dir: 'ltr' }, e.event_date ?? t('noDate')),
      el('td', {}, el('span', { class: 'dot', style: { background: TYPE_COLOURS[e.event_type] ?? FALLBACK_COLOUR } }), subLabel(e.sub_event_type)),
      textCell(e.location),
      textCell(e.admin1 ? admin1Label(e.admin1) : null),
      textCell(actorLabel(e.actor1)),
      textCell(actorLabel(e.actor2)),
      el('td', { class: 'num' }, e.fatalities ?? ''),
      textCell(e.outlet));
    tr.addEventListener('click', () => setState({ event: e.event_id }, { reload: false }));
    tr.addEventListener('keydown', (ev) => { if (ev.key === 'Enter') setState({ event: e.event_id }, { reload: false }); });
    tbody.appendChild(tr);
  }
}

/** A cell of text from the data: its own direction when it has text (Latin names in an Arabic page), the page's when empty. */
function textCell(value) {
  return value ? el('td', { dir: 'auto' }, value) : el('td', { class: 'none' }, t('none'));
}

const actorLabel = (a) => (a ? (state.lang === 'ar' ? a.name_ar || a.name : a.name) : null);

function renderSummary(stats, map) {
  const s = $('#summary');
  clear(s);
  const tl = stats.timeline;
  s.append(
    el('div', { class: 'big' }, `${stats.events} `, el('span', {}, t('eventsCount'))),
    el('div', { class: 'small' }, `${vocabulary.store.articles} ${t('articles')} · ${vocabulary.store.events} ${t('eventsCount')}`),
  );
  $('#map-note').textContent = map.unplaced ? `${map.unplaced} ${t('unplaced')}` : '';
  const bucket = { day: t('byDay'), week: t('byWeek'), month: t('byMonth') }[tl.bucket];
  const extra = [tl.partial ? `${tl.partial} ${t('partialDates')}` : '', tl.undated ? `${tl.undated} ${t('undated')}` : ''].filter(Boolean).join(' · ');
  $('#timeline-note').textContent = `${bucket} — ${t('brushHint')}${extra ? ` · ${extra}` : ''}`;
}

function renderSearch(search) {
  const box = $('#search-results');
  clear(box);
  box.hidden = !search;
  if (!search) return;
  // past the store's count cap the total is a floor, not a figure: "أكثر من 10,000"
  const count = search.totalCapped ? `${t('moreThan')} ${search.total.toLocaleString('en')}` : String(search.total);
  box.appendChild(el('h3', {}, `${t('searchResults')}: ${count}`));
  for (const r of search.results) {
    const snippet = el('div', { class: 'snippet', dir: 'rtl' });
    let at = 0;
    for (const h of r.snippet.hits) {
      snippet.append(r.snippet.text.slice(at, h.start), el('mark', { class: 'hit' }, r.snippet.text.slice(h.start, h.end)));
      at = h.end;
    }
    snippet.append(r.snippet.text.slice(at));
    box.appendChild(el('div', { class: 'result' }, el('strong', { dir: 'auto' }, r.title ?? r.id), ` — ${r.outlet ?? ''} ${r.published ?? ''} (${r.events} ${t('eventsCount')})`, snippet));
  }
}

// ------------------------------------------------------------------------------------------------
// event view

async function showEvent() {
  const panel = $('#detail');
  for (const tr of document.querySelectorAll('#events-table tr.selected')) tr.classList.remove('selected');
  const wasHidden = panel.hidden;
  panel.hidden = !state.event;
  // the map's width changed with the panel: let Leaflet measure it again
  if (wasHidden !== panel.hidden) deskMap.map.invalidateSize();
  if (!state.event) return;
  document.querySelector(`#events-table tr[data-event-id="${CSS.escape(state.event)}"]`)?.classList.add('selected');
  const e = await detail.open(state.event);
  if (e) deskMap.focus(e.latitude, e.longitude);
}

async function pointPopup(lat, lon) {
  const r = await getJson(`/api/map/events?${filterParams(state, { lat, lon })}`);
  const list = el('ul', { class: 'popup-list' });
  for (const e of r.events) {
    list.appendChild(el('li', {}, el('a', { href: '#', onclick: (ev) => { ev.preventDefault(); setState({ event: e.event_id }, { reload: false }); } },
      `${e.event_date ?? t('noDate')} · ${subLabel(e.sub_event_type)} · ${e.location ?? ''}`)));
  }
  return el('div', { class: 'popup', dir: document.documentElement.dir }, el('strong', {}, `${r.events.length} ${t('eventsHere')}`), list);
}

// ------------------------------------------------------------------------------------------------
// ingest

function wireIngest() {
  const dialog = /** @type {HTMLDialogElement} */ ($('#ingest-dialog'));
  const progress = /** @type {HTMLProgressElement} */ ($('#ingest-progress'));
  const report = $('#ingest-report');
  $('#open-ingest').addEventListener('click', () => {
    clear(report);
    progress.hidden = true;
    dialog.showModal();
  });
  const totals = { added: 0, duplicates: 0, events: 0, errors: [] };
  const show = (done, of) => {
    progress.hidden = false;
    progress.max = of;
    progress.value = done;
    clear(report);
    report.append(el('div', {}, `${done}/${of} ${t('uploaded')} · ${totals.added} ${t('added')} · ${totals.duplicates} ${t('duplicates')} · ${totals.events} ${t('eventsCount')}`));
    if (totals.errors.length) report.append(el('ul', { class: 'error' }, ...totals.errors.map((e) => el('li', {}, `${e.origin}: ${e.reason}`))));
  };
  const add = (r) => {
    totals.added += r.added;
    totals.duplicates += r.duplicates;
    totals.events += r.events;
    totals.errors.push(...r.errors);
  };
  const reset = () => Object.assign(totals, { added: 0, duplicates: 0, events: 0, errors: [] });
  /** One file per request, so that progress is real and one bad file cannot sink the others. */
  const upload = async (files) => {
    reset();
    show(0, files.length);
    for (const [i, f] of files.entries()) {
      const form = new FormData();
      form.append('file', f, f.name);
      try {
        add(await post('/api/ingest', form, askToken));
      } catch (err) {
        totals.errors.push({ origin: f.name, reason: err.message });
      }
      show(i + 1, files.length);
    }
    await afterIngest();
  };
  const input = /** @type {HTMLInputElement} */ ($('#ingest-files'));
  input.addEventListener('change', () => void upload([...(input.files ?? [])]));
  const zone = $('#dropzone');
  zone.addEventListener('dragover', (e) => { e.preventDefault(); zone.classList.add('over'); });
  zone.addEventListener('dragleave', () => zone.classList.remove('over'));
  zone.addEventListener('drop', (e) => {
    e.preventDefault();
    zone.classList.remove('over');
    void upload([...(e.dataTransfer?.files ?? [])]);
  });
  $('#ingest-paste').addEventListener('click', async () => {
    const text = /** @type {HTMLTextAreaElement} */ ($('#ingest-text')).value;
    if (!text.trim()) return;
    const page = { [/^\s*</.test(text) ? 'html' : 'text']: text };
    for (const [k, id] of [['title', '#ingest-title'], ['outlet', '#ingest-outlet'], ['published', '#ingest-published']]) {
      const v = /** @type {HTMLInputElement} */ ($(id)).value.trim();
      if (v) page[k] = v;
    }
    reset();
    show(0, 1);
    try {
      add(await post('/api/ingest', page, askToken));
    } catch (err) {
      totals.errors.push({ origin: 'paste', reason: err.message });
    }
    show(1, 1);
    await afterIngest();
  });
}

async function afterIngest() {
  vocabulary = await getJson('/api/vocabulary');
  fillSelects();
  await refresh();
}

// ------------------------------------------------------------------------------------------------

async function start() {
  vocabulary = await getJson('/api/vocabulary');
  applyLabels();
  wireControls();
  wireIngest();
  deskMap = new DeskMap($('#map'), {
    onEvent: (id) => setState({ event: id }, { reload: false }),
    onPoint: pointPopup,
    onAdmin1: (name) => setState({ admin1: state.admin1 === name ? '' : name }),
    label: t,
    admin1Label,
  });
  deskMap.wirePoints();
  timeline = new Timeline($('#timeline'), { onRange: (from, to) => setState({ from, to }), typeLabel });
  detail = new EventDetail($('#detail-body'), {
    t, typeLabel, subLabel, admin1Label, askToken,
    get vocabulary() { return vocabulary; },
    onChanged: () => void refresh(),
    query: () => state.q,
    openEvent: (id) => setState({ event: id }, { reload: false }),
  });
  await deskMap.loadBoundaries();
  // for the console and the end-to-end tests: the live map and state
  window.rasdDesk = { map: deskMap.map, state: () => state, refresh };
  await refresh();
  await showEvent();
}

void start();
