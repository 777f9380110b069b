/**
 * Point-in-polygon over Syria's governorate and district polygons: which admin units a coordinate
 * lies in. Used by the gazetteer builder (sites and airfields come with a point but no district) and
 * by `Gazetteer.adminAt`. Pure geometry on GeoJSON; no I/O here.
 */

/** `[lon, lat]`, as GeoJSON writes positions. */
type Position = [number, number];
type Ring = Position[];

export interface AdminFeature {
  type: 'Feature';
  properties: AdminProperties;
  geometry: { type: 'Polygon'; coordinates: Ring[] } | { type: 'MultiPolygon'; coordinates: Ring[][] };
}

/** The properties data/geo/syria_admin{1,2}.geojson carry (OCHA English names, as admin1/admin2 elsewhere). */
export interface AdminProperties {
  pcode: string;
  name_en: string;
  name_ar: string;
  /** The governorate, on district features. */
  admin1?: string;
  admin1_pcode?: string;
}

export interface AdminCollection {
  type: 'FeatureCollection';
  features: AdminFeature[];
}

export interface AdminUnits {
  admin1: string;
  /** Null when only the governorate layer placed the point. */
  admin2: string | null;
}

/**
 * How far outside every polygon a point may lie and still be given the nearest unit. OCHA's own
 * community points lie up to ~1 km beyond their (simplified) polygon edge along borders and coasts
 * (boundaries/SOURCE.md: 46 of 5,251); 2 km covers them without pulling in places across the border.
 */
export const NEAREST_UNIT_MAX_KM = 2;

const KM_PER_DEGREE = 111.32;

interface IndexedPolygon {
  props: AdminProperties;
  rings: Ring[];
  /** Bounding box: minLon, minLat, maxLon, maxLat. */
  box: [number, number, number, number];
}

function indexLayer(c: AdminCollection): IndexedPolygon[] {
  const out: IndexedPolygon[] = [];
  for (const f of c.features) {
    const polys = f.geometry.type === 'Polygon' ? [f.geometry.coordinates] : f.geometry.coordinates;
    for (const rings of polys) {
      let minX = Infinity;
      let minY = Infinity;
      let maxX = -Infinity;
      let maxY = -Infinity;
      for (const [x, y] of rings[0] ?? []) {
        if (x < minX) minX = x;
        if (x > maxX) maxX = x;
        if (y < minY) minY = y;
        if (y > maxY) maxY = y;
      }
      out.push({ props: f.properties, rings, box: [minX, minY, maxX, maxY] });
    }
  }
  return out;
}

/** Even-odd ray casting over all rings: holes cancel out. */
function inside(p: IndexedPolygon, lon: number, lat: number): boolean {
  const [minX, minY, maxX, maxY] = p.box;
  if (lon < minX || lon > maxX || lat < minY || lat > maxY) return false;
  let odd = false;
  for (const ring of p.rings) {
    for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
      const [xi, yi] = ring[i]!;
      const [xj, yj] = ring[j]!;
      if (yi > lat !== yj > lat && lon < ((xj - xi) * (lat - yi)) / (yj - yi) + xi) odd = !odd;
    }
  }
  return odd;
}

/** Distance in km from a point to a polygon's boundary (equirectangular: fine at a few km). */
function distanceKm(p: IndexedPolygon, lon: number, lat: number): number {
  const kx = Math.cos((lat * Math.PI) / 180) * KM_PER_DEGREE;
  const ky = KM_PER_DEGREE;
  let best = Infinity;
  for (const ring of p.rings) {
    for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
      const ax = (ring[j]![0] - lon) * kx;
      const ay = (ring[j]![1] - lat) * ky;
      const bx = (ring[i]![0] - lon) * kx;
      const by = (ring[i]![1] - lat) * ky;
      const dx = bx - ax;
      const dy = by - ay;
      const len2 = dx * dx + dy * dy;
      const t = len2 === 0 ? 0 : Math.max(0, Math.min(1, -(ax * dx + ay * dy) / len2));
      const d = Math.hypot(ax + t * dx, ay + t * dy);
      if (d < best) best = d;
    }
  }
  return best;
}

function unitAt(layer: readonly IndexedPolygon[], lat: number, lon: number): AdminProperties | null {
  for (const p of layer) if (inside(p, lon, lat)) return p.props;
  // a border or coastal point just outside every polygon: the nearest one, if near enough
  const margin = NEAREST_UNIT_MAX_KM / KM_PER_DEGREE / Math.max(0.1, Math.cos((lat * Math.PI) / 180));
  let best: AdminProperties | null = null;
  let bestD = NEAREST_UNIT_MAX_KM;
  for (const p of layer) {
    const [minX, minY, maxX, maxY] = p.box;
    if (lon < minX - margin || lon > maxX + margin || lat < minY - margin || lat > maxY + margin) continue;
    const d = distanceKm(p, lon, lat);
    if (d <= bestD) {
      bestD = d;
      best = p.props;
    }
  }
  return best;
}

export class AdminBoundaries {
  private readonly admin1: IndexedPolygon[];
  private readonly admin2: IndexedPolygon[];

  constructor(admin1: AdminCollection, admin2: AdminCollection) {
    this.admin1 = indexLayer(admin1);
    this.admin2 = indexLayer(admin2);
  }

  /**
   * The governorate and district a point lies in (or within NEAREST_UNIT_MAX_KM of), by OCHA
   * English name; null outside Syria. The district layer decides both when it places the point, so
   * the pair is always consistent.
   */
  at(lat: number, lon: number): AdminUnits | null {
    if (!Number.isFinite(lat) || !Number.isFinite(lon)) return null;
    const d = unitAt(this.admin2, lat, lon);
    if (d?.admin1) return { admin1: d.admin1, admin2: d.name_en };
    const g = unitAt(this.admin1, lat, lon);
    return g ? { admin1: g.name_en, admin2: null } : null;
  }
}
