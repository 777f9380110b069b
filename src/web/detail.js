// The event view: every field of the event beside the cleaned article, with the evidence clause and each
// field's own words highlighted in the text; the teasers apart; the incident's other reports side by side;
// and the analyst's corrections (fix a field, reject, confirm, take back).
import { getJson, post } from './api.js';
import { clear, el } from './dom.js';
import { FIELD_COLOURS, FALLBACK_COLOUR, TYPE_COLOURS } from './i18n.js';

const AUTHOR_KEY = 'rasd.author';

/**
 * @typedef {{ t: (key: string) => string, typeLabel: (t: string) => string, subLabel: (s: string) => string,
 *   admin1Label: (n: string) => string, vocabulary: any, askToken: (m: string) => string | null,
 *   onChanged: () => void, query: () => string, openEvent: (id: string) => void }} DetailContext
 */

/** Text of the body with its spans marked: each segment carries the classes of the spans covering it. */
function markedText(text, spans) {
  const cuts = new Set([0, text.length]);
  for (const s of spans) {
    cuts.add(Math.max(0, Math.min(text.length, s.start)));
    cuts.add(Math.max(0, Math.min(text.length, s.end)));
  }
  const points = [...cuts].sort((a, b) => a - b);
  const frag = document.createDocumentFragment();
  for (let i = 0; i + 1 < points.length; i++) {
    const a = points[i];
    const b = points[i + 1];
    const covering = spans.filter((s) => s.start <= a && s.end >= b);
    const piece = text.slice(a, b);
    if (covering.length === 0) {
      frag.appendChild(document.createTextNode(piece));
      continue;
    }
    const span = el('span', { class: covering.map((s) => s.cls).join(' ') }, piece);
    const field = covering.find((s) => s.field);
    if (field) {
      span.dataset.field = field.field;
      span.style.setProperty('--field', FIELD_COLOURS[field.field] ?? FALLBACK_COLOUR);
    }
    frag.appendChild(span);
  }
  return frag;
}

/** The label key of each highlighted field (i18n.js). */
const FIELD_LABEL = {
  date: 'date', location: 'location', actor1: 'actor1', assoc_actor1: 'field_assoc_actor1', actor2: 'actor2',
  assoc_actor2: 'field_assoc_actor2', fatalities: 'fatalities', trigger: 'trigger',
};

const actorText = (a) => (a ? `${a.name}${a.name_ar ? ` (${a.name_ar})` : ''}` : null);

export class EventDetail {
  /** @param {HTMLElement} host @param {DetailContext} ctx */
  constructor(host, ctx) {
    this.host = host;
    this.ctx = ctx;
    this.data = null;
  }

  author() {
    return localStorage.getItem(AUTHOR_KEY) || '';
  }

  /** @param {string} id */
  async open(id) {
    const { t } = this.ctx;
    clear(this.host);
    let data;
    try {
      data = await getJson(`/api/events/${encodeURIComponent(id)}`);
    } catch (err) {
      this.host.appendChild(el('p', { class: 'error' }, err.message));
      return null;
    }
    const q = this.ctx.query();
    const articleData = data.article
      ? await getJson(`/api/articles/${encodeURIComponent(data.article.id)}${q ? `?q=${encodeURIComponent(q)}` : ''}`)
      : null;
    this.data = data;
    const e = data.event;
    this.host.appendChild(this.header(e));
    this.host.appendChild(this.authorBox());
    this.host.appendChild(this.fieldsTable(e, data.evidence));
    this.host.appendChild(this.actions(e));
    if (data.corrections.length) this.host.appendChild(this.history(data.corrections));
    if (data.incident) this.host.appendChild(this.incident(data.incident, e));
    if (articleData) this.host.appendChild(this.article(articleData, data.evidence));
    this.host.parentElement?.scrollTo({ top: 0 });
    return e;
  }

  header(e) {
    const { typeLabel, subLabel } = this.ctx;
    return el('div', { class: 'detail-head' },
      el('span', { class: 'type-chip', style: { background: TYPE_COLOURS[e.event_type] ?? FALLBACK_COLOUR } }, typeLabel(e.event_type)),
      el('h2', {}, subLabel(e.sub_event_type)),
      el('div', { class: 'detail-sub' }, [e.event_date ?? this.ctx.t('noDate'), e.location, e.outlet].filter(Boolean).join(' · ')),
      el('div', { class: 'detail-id' }, e.event_id));
  }

  authorBox() {
    const { t } = this.ctx;
    const input = el('input', { type: 'text', id: 'author', value: this.author(), placeholder: t('author') });
    input.addEventListener('change', () => localStorage.setItem(AUTHOR_KEY, input.value.trim()));
    return el('label', { class: 'author' }, el('span', {}, t('author')), input);
  }

  fieldsTable(e, evidence) {
    const { t, typeLabel, subLabel, admin1Label } = this.ctx;
    const found = new Set((evidence?.fields ?? []).map((f) => f.field));
    const swatch = (field) => (found.has(field) ? el('span', { class: 'swatch', style: { background: FIELD_COLOURS[field] } }) : null);
    const rows = [
      ['date', t('date'), `${e.event_date ?? t('noDate')} (${e.date_basis})`, 'date'],
      ['type', t('eventType'), `${typeLabel(e.event_type)} / ${subLabel(e.sub_event_type)}`, null],
      ['place', t('location'), [e.location, e.location_en && `(${e.location_en})`].filter(Boolean).join(' ') || null, 'location'],
      [null, t('admin1'), e.admin1 ? admin1Label(e.admin1) : null, null],
      [null, t('admin2'), e.admin2, null],
      [null, t('country'), e.country, null],
      [null, t('precision'), e.latitude !== null ? `${e.geo_precision ?? '?'} · ${e.latitude}, ${e.longitude}` : null, null],
      ['actor1', t('actor1'), actorText(e.actor1), 'actor1'],
      ['assoc_actor1', t('field_assoc_actor1'), actorText(e.assoc_actor1), 'assoc_actor1'],
      ['actor2', t('actor2'), actorText(e.actor2), 'actor2'],
      ['assoc_actor2', t('field_assoc_actor2'), actorText(e.assoc_actor2), 'assoc_actor2'],
      ['fatalities', t('fatalities'), e.fatalities === null ? null : `${e.fatalities}${e.fatalities_text ? ` («${e.fatalities_text}»)` : ''}`, 'fatalities'],
      ['background', t('background'), e.background ? t('backgroundYes') : t('backgroundNo'), null],
      [null, t('claimedBy'), e.claimed_by, null],
      [null, t('trigger'), e.trigger || null, 'trigger'],
      [null, t('confidence'), String(e.confidence), null],
    ];
    const body = el('tbody');
    for (const [field, label, value, mark] of rows) {
      const tr = el('tr', { dataset: { row: field ?? label } },
        el('th', {}, swatch(mark), label),
        el('td', { class: 'value', dir: 'auto' }, value ?? t('none')),
        el('td', {}, field ? el('button', { type: 'button', class: 'link', dataset: { correct: field }, onclick: () => this.openForm(tr, field, e) }, t('correct')) : null));
      body.appendChild(tr);
    }
    return el('table', { class: 'fields' }, body);
  }

  actions(e) {
    const { t } = this.ctx;
    return el('div', { class: 'detail-actions' },
      el('button', { type: 'button', class: 'button', id: 'confirm-event', onclick: () => this.submit(e, 'confirm', {}) }, t('confirm')),
      el('button', { type: 'button', class: 'button danger', id: 'reject-event', onclick: () => {
        const note = prompt(t('note')) ?? '';
        void this.submit(e, 'reject', {}, note);
      } }, t('reject')));
  }

  /** The inline form that corrects one field, under its row. */
  openForm(tr, field, e) {
    const { t } = this.ctx;
    tr.parentElement?.querySelector('.correction-form')?.remove();
    /** @type {() => Promise<Record<string, unknown> | null>} */
    let read = async () => null;
    const inputs = el('div', { class: 'inputs' });
    if (field === 'date') {
      const input = el('input', { type: 'text', name: 'event_date', value: e.event_date ?? '', placeholder: 'YYYY-MM-DD', dir: 'ltr', pattern: '\\d{4}(-\\d{2}(-\\d{2})?)?' });
      inputs.append(input);
      read = async () => ({ event_date: input.value.trim() || null });
    } else if (field === 'fatalities') {
      const input = el('input', { type: 'number', name: 'fatalities', min: 0, value: e.fatalities ?? '', dir: 'ltr' });
      inputs.append(input);
      read = async () => ({ fatalities: input.value === '' ? null : Number(input.value) });
    } else if (field === 'background') {
      const box = el('input', { type: 'checkbox', name: 'background' });
      box.checked = e.background;
      inputs.append(el('label', {}, box, t('backgroundYes')));
      read = async () => ({ background: box.checked });
    } else if (field === 'type') {
      const types = this.ctx.vocabulary.eventTypes;
      const typeSel = el('select', { name: 'event_type' });
      const subSel = el('select', { name: 'sub_event_type' });
      const fillSubs = () => {
        subSel.replaceChildren(...(types[typeSel.value] ?? []).map((s) => el('option', { value: s }, this.ctx.subLabel(s))));
        if (typeSel.value === e.event_type) subSel.value = e.sub_event_type;
      };
      typeSel.append(...Object.keys(types).map((ty) => el('option', { value: ty }, this.ctx.typeLabel(ty))));
      typeSel.value = e.event_type;
      typeSel.addEventListener('change', fillSubs);
      fillSubs();
      inputs.append(typeSel, subSel);
      read = async () => ({ event_type: typeSel.value, sub_event_type: subSel.value });
    } else if (field === 'place' || field.includes('actor')) {
      const isPlace = field === 'place';
      const search = el('input', { type: 'search', name: 'lookup', placeholder: isPlace ? t('placeSearch') : t('actorSearch'), dir: 'auto' });
      const choices = el('select', { name: 'choice', size: 5 });
      let found = [];
      const lookup = async () => {
        const q = search.value.trim();
        if (!q) return;
        const r = await getJson(`/api/${isPlace ? 'places' : 'actors'}?q=${encodeURIComponent(q)}`);
        found = isPlace ? r.places : r.actors;
        choices.replaceChildren(...found.map((c, i) => el('option', { value: String(i) },
          isPlace ? `${c.name_ar} — ${c.name_en} (${c.value.admin1 ?? c.value.country ?? ''}, ${c.kind})` : `${c.name} — ${c.name_ar}`)));
        if (found.length) choices.value = '0';
      };
      search.addEventListener('change', lookup);
      search.addEventListener('keydown', (ev) => { if (ev.key === 'Enter') { ev.preventDefault(); void lookup(); } });
      inputs.append(search, choices);
      if (!isPlace) {
        const none = el('option', { value: 'none' }, t('none'));
        choices.append(none);
      }
      read = async () => {
        if (choices.value === 'none') return { [field]: null };
        const c = found[Number(choices.value)];
        if (!c) return null;
        return isPlace ? c.value : { [field]: { name: c.name, name_ar: c.name_ar } };
      };
    }
    const note = el('input', { type: 'text', name: 'note', placeholder: t('note') });
    const error = el('div', { class: 'error' });
    const form = el('tr', { class: 'correction-form' }, el('td', { colspan: 3 },
      inputs, note,
      el('button', { type: 'button', class: 'button primary', dataset: { save: field }, onclick: async () => {
        const value = await read();
        if (!value) return;
        try {
          await this.submit(e, field, value, note.value);
        } catch (err) {
          error.textContent = err.message;
        }
      } }, t('save')),
      el('button', { type: 'button', class: 'button', onclick: () => form.remove() }, t('cancel')),
      error));
    tr.after(form);
    inputs.querySelector('input, select')?.focus();
  }

  async submit(e, field, value, note = '') {
    const author = this.author();
    if (!author) {
      alert(this.ctx.t('needAuthor'));
      this.host.querySelector('#author')?.focus();
      return;
    }
    await post(`/api/events/${encodeURIComponent(e.event_id)}/corrections`, { field, value, author, note: note || null }, this.ctx.askToken);
    this.ctx.onChanged();
    if (field !== 'reject') await this.open(e.event_id);
    else {
      clear(this.host);
      this.host.appendChild(el('p', { class: 'notice' }, `${e.event_id}: ${this.ctx.t('rejected')}`));
    }
  }

  history(corrections) {
    const { t } = this.ctx;
    const show = (v) => (v === null || v === undefined ? t('none') : typeof v === 'object' ? (v.name ?? JSON.stringify(v)) : String(v));
    const list = el('ol', { class: 'history' });
    for (const c of corrections) {
      const keys = Object.keys(c.new).length ? Object.keys(c.new) : Object.keys(c.old).slice(0, 0);
      const change = keys.map((k) => `${k}: ${show(c.old[k])} → ${show(c.new[k])}`).join('; ');
      list.appendChild(el('li', { class: c.reverted_at ? 'reverted' : '', dataset: { correction: String(c.id) } },
        el('strong', {}, t(`field_${c.field}`)), ' ', change, ' — ', c.author, ', ', new Date(c.created_at).toLocaleString(),
        c.note ? ` («${c.note}»)` : '',
        c.reverted_at ? ` [${t('reverted')}]` : el('button', { type: 'button', class: 'link', onclick: async () => {
          try {
            await post(`/api/corrections/${c.id}/revert`, {}, this.ctx.askToken);
            this.ctx.onChanged();
            await this.open(c.event_id);
          } catch (err) {
            alert(err.message);
          }
        } }, t('revert'))));
    }
    return el('section', { class: 'corrections' }, el('h3', {}, t('corrections')), list);
  }

  incident(inc, e) {
    const { t } = this.ctx;
    const cols = inc.reports.map((r) => el('div', { class: `report${r.event_id === e.event_id ? ' current' : ''}${r.rejected ? ' rejected' : ''}`, dataset: { report: r.event_id } },
      el('div', { class: 'outlet' }, r.outlet ?? t('unknown'), r.rejected ? ` [${t('rejected')}]` : ''),
      el('div', { class: 'small' }, [r.published, r.event_date].filter(Boolean).join(' · ')),
      el('dl', {},
        el('dt', {}, t('actor1')), el('dd', { dir: 'auto' }, r.actor1?.name_ar || r.actor1?.name || t('none')),
        el('dt', {}, t('actor2')), el('dd', { dir: 'auto' }, r.actor2?.name_ar || r.actor2?.name || t('none')),
        el('dt', {}, t('location')), el('dd', { dir: 'auto' }, r.location ?? t('none')),
        el('dt', {}, t('fatalities')), el('dd', {}, r.fatalities ?? t('none'))),
      r.terms?.length
        ? el('div', { class: 'terms' }, el('span', { class: 'small' }, `${t('wording')}: `),
          ...r.terms.map((term) => el('span', { class: 'term', title: `${term.referent} · ${term.stance}` }, term.text)))
        : null,
      el('blockquote', { dir: 'rtl' }, r.evidence),
      r.event_id !== e.event_id && !r.rejected
        ? el('a', { href: '#', dataset: { open: r.event_id }, onclick: (ev) => { ev.preventDefault(); this.ctx.openEvent(r.event_id); } }, r.event_id)
        : null));
    const dis = inc.disagreements.length
      ? el('ul', { class: 'disagreements' }, ...inc.disagreements.map((d) =>
        el('li', { dataset: { field: d.field } }, el('strong', {}, `${d.field}: `),
          d.values.map((v) => `${typeof v.value === 'object' ? v.value?.name ?? '' : v.value} (${v.outlets.map((o) => o ?? t('unknown')).join('، ')})`).join(' / '))))
      : null;
    return el('section', { class: 'incident' },
      el('h3', {}, t('incident'), el('span', { class: 'hint' }, ` — ${inc.corroboration} ${t('outletsCount')}`)),
      el('div', { class: 'reports' }, ...cols),
      dis && el('h4', {}, t('disagreements')), dis);
  }

  article(data, evidence) {
    const { t } = this.ctx;
    const a = data.article;
    const spans = [];
    if (evidence) {
      spans.push({ ...evidence.sentence, cls: 'sentence' });
      spans.push({ ...evidence.evidence, cls: 'evidence' });
      for (const f of evidence.fields) spans.push({ start: f.start, end: f.end, cls: 'field', field: f.field });
    }
    for (const h of data.hits?.body ?? []) spans.push({ ...h, cls: 'hit' });
    const body = el('div', { class: 'article-body', dir: 'rtl' });
    body.appendChild(markedText(a.body, spans));
    const teasers = a.teasers.length
      ? el('section', { class: 'teasers' }, el('h4', {}, t('teasers')),
        ...a.teasers.map((x) => el('div', { class: 'teaser' }, el('strong', {}, x.title), el('p', {}, x.body))))
      : null;
    const legend = evidence?.fields.length
      ? el('div', { class: 'field-legend' }, ...evidence.fields.map((f) =>
        el('span', {}, el('span', { class: 'swatch', style: { background: FIELD_COLOURS[f.field] } }), t(FIELD_LABEL[f.field] ?? f.field))))
      : null;
    return el('section', { class: 'article' },
      el('h3', {}, t('article')),
      el('div', { class: 'article-title', dir: 'rtl' }, a.title ?? ''),
      el('div', { class: 'small' }, [a.outlet, a.published, a.url].filter(Boolean).join(' · ')),
      legend, body, teasers);
  }
}
