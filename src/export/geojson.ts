/** Events as a GeoJSON FeatureCollection (RFC 7946) of points, for maps. */
import type { EventRecord } from '../types.js';
import { type FlatEvent, flattenEvent } from './flatten.js';

export interface EventFeature {
  type: 'Feature';
  id: string;
  /** RFC 7946 order: [longitude, latitude]. */
  geometry: { type: 'Point'; coordinates: [number, number] };
  properties: FlatEvent;
}

export interface EventFeatureCollection {
  type: 'FeatureCollection';
  features: EventFeature[];
  /**
   * How many events were left out for having no usable coordinates (null, or outside ±90/±180).
   * A GeoJSON "foreign member": map readers ignore it; a caller can report it.
   */
  withoutCoordinates: number;
}

function usable(lat: number | null, lon: number | null): boolean {
  return (
    lat !== null && lon !== null && Number.isFinite(lat) && Number.isFinite(lon) &&
    Math.abs(lat) <= 90 && Math.abs(lon) <= 180
  );
}

export function eventsToGeoJson(events: Iterable<EventRecord>): EventFeatureCollection {
  const features: EventFeature[] = [];
  let withoutCoordinates = 0;
  for (const e of events) {
    if (!usable(e.latitude, e.longitude)) {
      withoutCoordinates++;
      continue;
    }
    features.push({
      type: 'Feature',
      id: e.event_id,
      geometry: { type: 'Point', coordinates: [e.longitude!, e.latitude!] },
      properties: flattenEvent(e),
    });
  }
  return { type: 'FeatureCollection', features, withoutCoordinates };
}
