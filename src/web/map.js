// The map: Syria's governorates and districts drawn from the shipped GeoJSON (no tile server: the desk
// runs without network), a choropleth of event counts per governorate, and the events as points sized
// by fatalities and coloured by type, clustered where dense. Leaflet and markercluster are globals
// (window.L) loaded from /vendor.
import { el } from './dom.js';
import { FALLBACK_COLOUR, TYPE_COLOURS } from './i18n.js';

/** Syria with a margin: the first view, and how far the analyst can pan away. */
const SYRIA_BOUNDS = [[32.3, 35.7], [37.35, 42.4]];
const PAN_LIMIT = [[29, 32], [40, 46]];

/** Choropleth classes, light to dark: neutral browns so that the type colours of the points stay readable. */
const CHOROPLETH = ['#f3efe4', '#e4dac3', '#cfc09b', '#b09c6f', '#8a7547'];
const NO_EVENTS_FILL = '#fbfaf6';

/** Zoom from which every place is drawn on its own (about a district across the screen). */
const CLUSTER_UNTIL_ZOOM = 11;

/** Point radius in pixels: an event with no known deaths is still visible; the largest do not cover a governorate. */
const MIN_RADIUS = 5;
const MAX_RADIUS = 24;

/** @param {number | null} fatalities */
function radius(fatalities) {
  return Math.min(MAX_RADIUS, MIN_RADIUS + 2 * Math.sqrt(Math.max(0, fatalities ?? 0)));
}

/** Class of a count on a square-root scale: a few events already show, the busiest governorate is darkest. */
function choroplethFill(count, max) {
  if (!count || !max) return NO_EVENTS_FILL;
  const i = Math.min(CHOROPLETH.length - 1, Math.floor(Math.sqrt(count / max) * CHOROPLETH.length));
  return CHOROPLETH[i];
}

/** Marks a point's SVG path with what it shows (for hover styles, tests and the console); Leaflet creates the path when the point is first drawn. */
function tagPath() {
  const p = this.rasd;
  const path = this.getElement();
  if (!path || !p) return;
  path.setAttribute('data-type', p.type);
  path.setAttribute('data-events', String(p.events));
  if (p.id) path.setAttribute('data-event-id', p.id);
}

export class DeskMap {
  /**
   * @param {HTMLElement} container
   * @param {{ onEvent: (id: string) => void, onPoint: (lat: number, lon: number) => Promise<HTMLElement>,
   *   onAdmin1: (name: string) => void, label: (key: string) => string, admin1Label: (name: string) => string }} hooks
   */
  constructor(container, hooks) {
    const L = window.L;
    this.hooks = hooks;
    this.map = L.map(container, { zoomSnap: 0.25, maxBounds: PAN_LIMIT, minZoom: 5, maxZoom: 14, attributionControl: true });
    this.map.attributionControl.setPrefix(false);
    this.map.attributionControl.addAttribution('Boundaries: UN OCHA (CC BY-IGO 3.0)');
    this.map.fitBounds(SYRIA_BOUNDS);
    this.admin1Layer = null;
    this.admin2Layer = null;
    /** @type {Map<string, any>} governorate name → its polygon layer(s) */
    this.governorates = new Map();
    this.counts = {};
    this.clusters = L.markerClusterGroup({
      chunkedLoading: true,
      showCoverageOnHover: false,
      spiderfyOnMaxZoom: true,
      maxClusterRadius: 45,
      // clustering is computed for every zoom level on each redraw; at street level the points are
      // apart anyway, so stopping there cuts the work of a filter change by a third
      disableClusteringAtZoom: CLUSTER_UNTIL_ZOOM,
      iconCreateFunction: (cluster) => this.clusterIcon(cluster),
    });
    this.map.addLayer(this.clusters);
  }

  async loadBoundaries() {
    const L = window.L;
    const get = async (level) => {
      const r = await fetch(`/api/boundaries/${level}`);
      return r.ok ? r.json() : null;
    };
    const [admin1, admin2] = await Promise.all([get('admin1'), get('admin2')]);
    if (admin2) {
      this.admin2Layer = L.geoJSON(admin2, { interactive: false, style: { color: '#b7ad97', weight: 0.6, fill: false } });
    }
    if (admin1) {
      this.admin1Layer = L.geoJSON(admin1, {
        style: { color: '#6d6250', weight: 1.2, fillColor: NO_EVENTS_FILL, fillOpacity: 1 },
        onEachFeature: (feature, layer) => {
          const name = feature.properties.name_en;
          this.governorates.set(name, layer);
          layer.on('add', () => {
            const path = layer.getElement();
            if (path) path.setAttribute('data-admin1', name);
          });
          layer.on('click', () => this.hooks.onAdmin1(name));
          layer.bindTooltip(() => this.governorateTooltip(name), { sticky: true, direction: 'top' });
        },
      });
      this.admin1Layer.addTo(this.map);
    }
    // districts above the governorate fills, under the points
    this.admin2Layer?.addTo(this.map);
    this.clusters.bringToFront?.();
  }

  governorateTooltip(name) {
    const n = this.counts[name] ?? 0;
    return el('div', { class: 'tip' }, el('strong', {}, this.hooks.admin1Label(name)), ` — ${n} ${this.hooks.label('eventsCount')}`,
      el('div', { class: 'hint' }, this.hooks.label('clickToFilter')));
  }

  /** @param {Record<string, number>} byAdmin1 */
  paintChoropleth(byAdmin1) {
    this.counts = byAdmin1;
    let max = 0;
    for (const [k, v] of Object.entries(byAdmin1)) if (this.governorates.has(k) && v > max) max = v;
    for (const [name, layer] of this.governorates) {
      const n = byAdmin1[name] ?? 0;
      layer.setStyle({ fillColor: choroplethFill(n, max) });
      const path = layer.getElement();
      if (path) path.setAttribute('data-count', String(n));
    }
  }

  /**
   * @param {{ types: string[], points: [number, number, number, number, number | null, string | null][] }} data
   */
  showPoints(data) {
    const L = window.L;
    const markers = new Array(data.points.length);
    for (let i = 0; i < data.points.length; i++) {
      const [lat, lon, t, events, fatalities, id] = data.points[i];
      const type = data.types[t];
      const m = L.circleMarker([lat, lon], {
        radius: radius(fatalities), color: '#ffffff', weight: 1.2, fillColor: TYPE_COLOURS[type] ?? FALLBACK_COLOUR, fillOpacity: 0.9,
      });
      m.rasd = { lat, lon, type, events, fatalities, id };
      m.on('add', tagPath);
      markers[i] = m;
    }
    this.clusters.clearLayers();
    this.clusters.addLayers(markers);
    this.markers = markers;
  }

  /** Wires the points' clicks once; markers are recreated on every filter change. */
  wirePoints() {
    this.clusters.on('click', async (e) => {
      const p = e.layer.rasd;
      if (!p) return;
      if (p.id) {
        this.hooks.onEvent(p.id);
        return;
      }
      const content = await this.hooks.onPoint(p.lat, p.lon);
      window.L.popup({ maxWidth: 380 }).setLatLng([p.lat, p.lon]).setContent(content).openOn(this.map);
    });
  }

  clusterIcon(cluster) {
    let events = 0;
    /** @type {Record<string, number>} */
    const byType = {};
    for (const m of cluster.getAllChildMarkers()) {
      events += m.rasd.events;
      byType[m.rasd.type] = (byType[m.rasd.type] ?? 0) + m.rasd.events;
    }
    const [top] = Object.entries(byType).sort((a, b) => b[1] - a[1]);
    const size = events < 10 ? 30 : events < 100 ? 36 : events < 1000 ? 44 : 52;
    const ring = TYPE_COLOURS[top?.[0]] ?? FALLBACK_COLOUR;
    const div = el('div', { class: 'cluster', style: { borderColor: ring, width: `${size}px`, height: `${size}px`, lineHeight: `${size - 6}px` } }, events);
    return window.L.divIcon({ html: div, className: 'cluster-wrap', iconSize: [size, size] });
  }

  /** Centres the map on an event (the event view opened from the list). */
  focus(lat, lon) {
    if (lat === null || lon === null) return;
    if (!this.map.getBounds().contains([lat, lon])) this.map.panTo([lat, lon]);
  }
}
