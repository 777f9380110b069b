// The timeline: events per day, week or month, stacked by type, as SVG. Dragging across it sets the
// date range of the filter; a double click clears it. Time runs left to right (as on the map's axes),
// whatever the page direction.
import { TYPE_COLOURS, FALLBACK_COLOUR } from './i18n.js';

const SVG = 'http://www.w3.org/2000/svg';
const HEIGHT = 130;
const AXIS = 20;
const PAD = 8;
const DAY_MS = 86_400_000;

/** @param {string} tag @param {Record<string, string | number>} attrs */
function svg(tag, attrs = {}) {
  const n = document.createElementNS(SVG, tag);
  for (const [k, v] of Object.entries(attrs)) n.setAttribute(k, String(v));
  return n;
}

const ms = (day) => Date.parse(`${day}T00:00:00Z`);
const day = (t) => new Date(t).toISOString().slice(0, 10);

export class Timeline {
  /**
   * @param {HTMLElement} container
   * @param {{ onRange: (from: string, to: string) => void, typeLabel: (t: string) => string }} hooks
   */
  constructor(container, hooks) {
    this.container = container;
    this.hooks = hooks;
    this.data = null;
    this.range = { from: '', to: '' };
    new ResizeObserver(() => this.data && this.draw()).observe(container);
  }

  /**
   * @param {{ bucket: string, bars: { start: string, end: string, byType: Record<string, number>, total: number }[] }} timeline
   * @param {{ from: string, to: string }} range
   */
  show(timeline, range) {
    this.data = timeline;
    this.range = range;
    this.draw();
  }

  draw() {
    const { bars } = this.data;
    const width = Math.max(200, this.container.clientWidth);
    const root = svg('svg', { width, height: HEIGHT, class: 'timeline-svg', role: 'img' });
    this.container.replaceChildren(root);
    if (bars.length === 0) return;
    const t0 = ms(bars[0].start);
    const t1 = ms(bars[bars.length - 1].end) + DAY_MS;
    const x = (t) => PAD + ((t - t0) / Math.max(DAY_MS, t1 - t0)) * (width - 2 * PAD);
    const max = Math.max(...bars.map((b) => b.total));
    const plot = HEIGHT - AXIS - PAD;
    const y = (n) => (n / max) * plot;

    // the selected range, behind the bars
    if (this.range.from || this.range.to) {
      const a = x(Math.max(t0, this.range.from ? ms(this.range.from) : t0));
      const b = x(Math.min(t1, this.range.to ? ms(this.range.to) + DAY_MS : t1));
      if (b > a) root.appendChild(svg('rect', { x: a, y: PAD, width: b - a, height: plot, class: 'range' }));
    }

    for (const bar of bars) {
      const bx = x(ms(bar.start));
      const bw = Math.max(1, x(ms(bar.end) + DAY_MS) - bx - 1);
      let top = PAD + plot;
      const g = svg('g', { class: 'bar', 'data-start': bar.start, 'data-total': bar.total });
      const title = svg('title');
      title.textContent = `${bar.start === bar.end ? bar.start : `${bar.start} – ${bar.end}`}: ${bar.total}\n` +
        Object.entries(bar.byType).map(([t, n]) => `${this.hooks.typeLabel(t)}: ${n}`).join('\n');
      g.appendChild(title);
      for (const [type, n] of Object.entries(bar.byType)) {
        const h = y(n);
        top -= h;
        g.appendChild(svg('rect', { x: bx, y: top, width: bw, height: h, fill: TYPE_COLOURS[type] ?? FALLBACK_COLOUR }));
      }
      root.appendChild(g);
    }

    // axis: years, or months within a short span
    const axisY = HEIGHT - AXIS + 14;
    root.appendChild(svg('line', { x1: PAD, x2: width - PAD, y1: PAD + plot + 0.5, y2: PAD + plot + 0.5, class: 'axis' }));
    const spanDays = (t1 - t0) / DAY_MS;
    const ticks = [];
    const start = new Date(t0);
    if (spanDays > 800) {
      for (let yv = start.getUTCFullYear() + 1; Date.UTC(yv, 0, 1) < t1; yv++) ticks.push([Date.UTC(yv, 0, 1), String(yv)]);
    } else {
      const step = spanDays > 200 ? 3 : 1;
      for (let m = new Date(Date.UTC(start.getUTCFullYear(), start.getUTCMonth() + 1, 1)); m.getTime() < t1; m.setUTCMonth(m.getUTCMonth() + step)) {
        ticks.push([m.getTime(), day(m.getTime()).slice(0, 7)]);
      }
    }
    if (ticks.length === 0) ticks.push([t0, bars[0].start]);
    for (const [t, label] of ticks) {
      const tx = x(t);
      root.appendChild(svg('line', { x1: tx, x2: tx, y1: PAD + plot, y2: PAD + plot + 4, class: 'axis' }));
      const text = svg('text', { x: tx + 2, y: axisY, class: 'tick' });
      text.textContent = label;
      root.appendChild(text);
    }
    this.brush(root, x, t0, t1, plot);
  }

  /** Drag to select a period; the period snaps to whole days. */
  brush(root, x, t0, t1, plot) {
    const width = Number(root.getAttribute('width'));
    const toTime = (px) => t0 + ((px - PAD) / (width - 2 * PAD)) * (t1 - t0);
    let startX = null;
    let rect = null;
    const local = (e) => e.clientX - root.getBoundingClientRect().left;
    root.addEventListener('pointerdown', (e) => {
      startX = local(e);
      rect = svg('rect', { x: startX, y: PAD, width: 0, height: plot, class: 'brush' });
      root.appendChild(rect);
      root.setPointerCapture(e.pointerId);
    });
    root.addEventListener('pointermove', (e) => {
      if (startX === null || !rect) return;
      const cx = local(e);
      rect.setAttribute('x', String(Math.min(startX, cx)));
      rect.setAttribute('width', String(Math.abs(cx - startX)));
    });
    root.addEventListener('pointerup', (e) => {
      if (startX === null) return;
      const endX = local(e);
      const a = Math.min(startX, endX);
      const b = Math.max(startX, endX);
      startX = null;
      // a click, not a drag: leave the range as it is
      if (b - a < 3) {
        rect?.remove();
        return;
      }
      const from = day(Math.max(t0, toTime(a)));
      const to = day(Math.min(t1 - DAY_MS, toTime(b)));
      this.hooks.onRange(from, to);
    });
    root.addEventListener('dblclick', () => this.hooks.onRange('', ''));
  }
}
