/**
 * The OpenAPI 3.1 description served at /api/openapi.json. Parameters and bodies are generated from
 * the zod schemas the routes validate with (schemas.ts), so what is documented is what is checked.
 */
import { z } from 'zod';
import { incidentsQuery } from './routes/incidents.js';
import {
  articleQuery, correctionBody, eventsQuery, exportQuery, filterQuery, ingestBody, lookupQuery, mapPointQuery, searchQuery, statsQuery,
} from './schemas.js';

type JsonSchema = Record<string, unknown> & { properties?: Record<string, Record<string, unknown>>; required?: string[] };

const schemaOf = (s: z.ZodType) => {
  const json = z.toJSONSchema(s, { io: 'input', unrepresentable: 'any' }) as JsonSchema;
  delete json['$schema'];
  return json;
};

function queryParameters(s: z.ZodType) {
  const json = schemaOf(s);
  return Object.entries(json.properties ?? {}).map(([name, schema]) => {
    const { description, ...rest } = schema;
    return { name, in: 'query', required: json.required?.includes(name) ?? false, description, schema: rest };
  });
}

const pathId = (name: string, description: string) => ({ name, in: 'path', required: true, description, schema: { type: 'string' } });

const error = { $ref: '#/components/responses/Error' };
const ok = (description: string) => ({ description, content: { 'application/json': { schema: { type: 'object' } } } });
const writeSecurity = [{ token: [] }, {}];

interface Operation {
  summary: string;
  parameters?: unknown[];
  requestBody?: unknown;
  responses: Record<string, unknown>;
  security?: unknown[];
}

export function openApiDocument(): Record<string, unknown> {
  const paths: Record<string, Record<string, Operation>> = {
    '/api/events': {
      get: { summary: 'Events matching the filter, in date order, a page at a time', parameters: queryParameters(eventsQuery), responses: { 200: ok('{total, limit, offset, events: EventRecord[]}'), 400: error } },
    },
    '/api/events/{id}': {
      get: {
        summary: 'One event: its article, the evidence span of each field, its incident when other reports join it, its corrections',
        parameters: [pathId('id', 'event id (ARTICLE-N)')],
        responses: { 200: ok('{event, article, evidence: {evidence, sentence, fields[]}, incident, corrections}'), 404: error },
      },
    },
    '/api/events/{id}/corrections': {
      get: { summary: "The event's corrections, oldest first", parameters: [pathId('id', 'event id')], responses: { 200: ok('{corrections}') } },
      post: {
        summary: 'Correct a field of the event (date, place, type, actor1/2, assoc_actor1/2, fatalities, background), reject it, or confirm it',
        parameters: [pathId('id', 'event id')],
        requestBody: { required: true, content: { 'application/json': { schema: schemaOf(correctionBody) } } },
        responses: { 201: ok('{correction, event}'), 400: error, 401: error, 404: error, 413: error },
        security: writeSecurity,
      },
    },
    '/api/corrections': {
      get: { summary: 'Every correction, oldest first', responses: { 200: ok('{corrections}') } },
    },
    '/api/corrections/{id}/revert': {
      post: { summary: 'Take a correction back (the newest of its field only)', parameters: [pathId('id', 'correction id')], responses: { 200: ok('{correction, event}'), 401: error, 404: error, 409: error }, security: writeSecurity },
    },
    '/api/articles/{id}': {
      get: { summary: 'The cleaned article (teasers apart), its events and corrections; search hits when q is given', parameters: [pathId('id', 'article id'), ...queryParameters(articleQuery)], responses: { 200: ok('{article, events, corrections, hits}'), 404: error } },
    },
    '/api/articles/{id}/reextract': {
      post: { summary: 'Read the stored article again with the current pipeline; corrections are applied again', parameters: [pathId('id', 'article id')], responses: { 200: ok('{article, events}'), 401: error, 404: error }, security: writeSecurity },
    },
    '/api/incidents': {
      get: { summary: 'Incidents: one happening and every report of it (merged reading, corroboration, disagreements), newest first', parameters: queryParameters(incidentsQuery), responses: { 200: ok('{total, limit, offset, incidents}'), 400: error } },
    },
    '/api/incidents/{id}': {
      get: { summary: 'One incident with its reports side by side and each outlet\'s terms', parameters: [pathId('id', 'incident id')], responses: { 200: ok('{incident}'), 404: error } },
    },
    '/api/search': {
      get: { summary: 'Articles through the Arabic full-text index (clitic-, hamza- and spelling-tolerant), with snippets', parameters: queryParameters(searchQuery), responses: { 200: ok('{total, totalCapped, results}: total exact up to 10,000; totalCapped true when more match'), 400: error } },
    },
    '/api/stats': {
      get: { summary: 'Counts for the filter: by type, governorate, outlet, and the timeline', parameters: queryParameters(statsQuery), responses: { 200: ok('{events, byType, byAdmin1, byOutlet, timeline}'), 400: error } },
    },
    '/api/map': {
      get: { summary: 'Map points for the filter: [lat, lon, type index, events, fatalities, event id if single]', parameters: queryParameters(filterQuery), responses: { 200: ok('{types, points, unplaced}'), 400: error } },
    },
    '/api/map/events': {
      get: { summary: 'The filtered events at one map point', parameters: queryParameters(mapPointQuery), responses: { 200: ok('{events}'), 400: error } },
    },
    '/api/export': {
      get: {
        summary: 'The filtered events as a download (CSV with ACLED columns, GeoJSON, JSONL), or the gold file / corrections',
        parameters: queryParameters(exportQuery),
        responses: { 200: { description: 'a file (Content-Disposition: attachment)' }, 400: error },
      },
    },
    '/api/ingest': {
      post: {
        summary: 'Add pages: a pasted page or {pages: [...]} as JSON, or files as multipart field "file" (.txt, .html, .jsonl)',
        requestBody: {
          required: true,
          content: {
            'application/json': { schema: schemaOf(ingestBody) },
            'multipart/form-data': { schema: { type: 'object', properties: { file: { type: 'array', items: { type: 'string', format: 'binary' } } } } },
          },
        },
        responses: { 200: ok('IngestReport (nothing new)'), 201: ok('IngestReport'), 400: error, 401: error, 413: error, 415: error },
        security: writeSecurity,
      },
    },
    '/api/vocabulary': { get: { summary: 'Event types and sub-types, governorates, outlets, correction fields', responses: { 200: ok('vocabulary') } } },
    '/api/actors': { get: { summary: 'Actors to pick from (registry), by part of a name', parameters: queryParameters(lookupQuery), responses: { 200: ok('{actors}'), 400: error } } },
    '/api/places': { get: { summary: 'Gazetteer places written so (any spelling), with the values a place correction sets', parameters: queryParameters(lookupQuery), responses: { 200: ok('{places}'), 400: error } } },
    '/api/boundaries/{level}': { get: { summary: 'Governorate (admin1) or district (admin2) polygons, GeoJSON', parameters: [pathId('level', 'admin1 or admin2')], responses: { 200: { description: 'GeoJSON FeatureCollection' }, 404: error } } },
  };
  return {
    openapi: '3.1.0',
    info: {
      title: 'rasd desk API',
      version: '1',
      description: 'Arabic conflict news as a geocoded event dataset: events, their evidence, corrections and exports. Read routes are open; write routes (POST) need `Authorization: Bearer $RASD_TOKEN` when the server was started with RASD_TOKEN.',
    },
    paths,
    components: {
      securitySchemes: { token: { type: 'http', scheme: 'bearer', description: 'RASD_TOKEN' } },
      responses: {
        Error: {
          description: 'The request was refused; `issues` names each parameter at fault',
          content: {
            'application/json': {
              schema: {
                type: 'object',
                required: ['error', 'message'],
                properties: {
                  error: { type: 'string' },
                  message: { type: 'string' },
                  issues: { type: 'array', items: { type: 'object', properties: { param: { type: 'string' }, message: { type: 'string' } } } },
                },
              },
            },
          },
        },
      },
    },
  };
}
