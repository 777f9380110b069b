/**
 * `rasd incidents` (incidents with their reports, corroboration and disagreements; one incident in full
 * with --id), `rasd framing` (per-outlet framing profiles), and the incident export used by
 * `rasd export --incidents`.
 */
import Table from 'cli-table3';
import type { Command } from 'commander';
import { describeDisagreement, reportCount, type Incident } from '../cluster/index.js';
import { openStore, type Store } from '../store/index.js';
import type { IncidentFilter } from '../store/incidents.js';

interface IncidentOptions {
  from?: string;
  to?: string;
  type?: string;
  admin1?: string;
  minReports?: string;
  minOutlets?: string;
  disagreeing?: boolean;
  limit?: string;
  id?: string;
  json?: boolean;
}

const DATE_RE = /^\d{4}(-\d{2}(-\d{2})?)?$/;

function positive(name: string, v: string | undefined): number | undefined {
  if (v === undefined) return undefined;
  const n = Number(v);
  if (!Number.isInteger(n) || n <= 0) throw new Error(`${name} must be a positive integer, got ${v}`);
  return n;
}

export function incidentFilterFrom(o: IncidentOptions, defaultLimit?: number): IncidentFilter {
  for (const d of [o.from, o.to]) if (d && !DATE_RE.test(d)) throw new Error(`not a date: ${d} (use YYYY-MM-DD)`);
  const f: IncidentFilter = {};
  if (o.from) f.from = o.from;
  if (o.to) f.to = o.to;
  if (o.type) f.type = o.type;
  if (o.admin1) f.admin1 = o.admin1;
  const minReports = positive('--min-reports', o.minReports);
  if (minReports) f.minReports = minReports;
  const minOutlets = positive('--min-outlets', o.minOutlets);
  if (minOutlets) f.minOutlets = minOutlets;
  if (o.disagreeing) f.disagreeing = true;
  const limit = positive('--limit', o.limit) ?? defaultLimit;
  if (limit) f.limit = limit;
  return f;
}

/** Adds the incident filter options to a command (`rasd incidents`, and `rasd export` for --incidents). */
export function withIncidentFilters(cmd: Command): Command {
  return cmd
    .option('--min-reports <n>', 'incidents with at least this many reports')
    .option('--min-outlets <n>', 'incidents corroborated by at least this many outlets')
    .option('--disagreeing', 'only incidents whose reports disagree (fatalities, date, actors, place)');
}

export function incidentToJsonLine(i: Incident): string {
  return JSON.stringify(i);
}

/** `rasd export --incidents`: one JSON incident a line, with reports, disagreements and each report's terms. */
export function writeIncidents(store: Store, filter: IncidentFilter, out: NodeJS.WritableStream): number {
  const incidents = store.incidents(filter);
  for (const i of incidents) out.write(incidentToJsonLine(i) + '\n');
  return incidents.length;
}

function printIncidentTable(incidents: Incident[], total: number): void {
  const table = new Table({
    head: ['date', 'type / sub-type', 'admin1', 'location', 'killed', 'reports', 'outlets', 'disagreements'],
    wordWrap: true,
    colWidths: [12, 28, 14, 22, 8, 9, 16, 40],
  });
  for (const i of incidents) {
    table.push([
      i.event_date ?? '?',
      `${i.event_type}\n${i.sub_event_type}`,
      i.admin1 ?? i.country ?? '',
      i.location ?? '',
      i.fatalities === null ? '' : String(i.fatalities),
      `${reportCount(i)}${i.recalled_only ? ' (recalled)' : ''}`,
      `${i.corroboration}: ${i.outlets.join(', ')}`,
      i.disagreements.map(describeDisagreement).join('\n'),
    ]);
  }
  process.stdout.write(table.toString() + '\n');
  process.stdout.write(`${incidents.length} of ${total} incidents shown\n`);
}

function printIncident(store: Store, i: Incident): void {
  const lines = [
    `incident ${i.incident_id}: ${i.event_type} / ${i.sub_event_type}`,
    `  date ${i.event_date ?? '?'}; ${[i.location, i.admin3, i.admin2, i.admin1, i.country].filter(Boolean).join(', ')}`,
    `  ${i.actor1?.name ?? '?'} → ${i.actor2?.name ?? '—'}; killed ${i.fatalities ?? '—'} (lowest reported)`,
    `  corroborated by ${i.corroboration} outlet(s): ${i.outlets.join(', ') || '—'}${i.recalled_only ? '; only recalled, never reported as news' : ''}`,
  ];
  if (i.disagreements.length) lines.push('  disagreements:', ...i.disagreements.map((d) => `    ${describeDisagreement(d)}`));
  lines.push(reportCount(i) > i.reports.length ? `  reports (the first ${i.reports.length} of ${reportCount(i)}):` : '  reports:');
  for (const r of i.reports) {
    const copies = store.copiesOf(r.article_id);
    lines.push(
      `    - ${r.outlet ?? '?'} ${r.published ?? ''} (${r.event_id})${r.background ? ' recalled' : ''}: ${r.event_date ?? '?'} ${r.sub_event_type}, ` +
        `${r.actor1?.name ?? '?'} → ${r.actor2?.name ?? '—'}, ${r.location ?? r.admin1 ?? '?'}, killed ${r.fatalities ?? '—'}`,
      `      «${r.evidence}»`,
    );
    if (r.terms?.length) lines.push(`      words: ${r.terms.map((t) => `${t.text} (${t.referent}, ${t.stance})`).join('; ')}`);
    if (copies.length) lines.push(`      also carried as near-duplicates: ${copies.map((c) => `${c.articleId} (${c.similarity.toFixed(2)})`).join(', ')}`);
  }
  process.stdout.write(lines.join('\n') + '\n');
}

/** Registers `rasd incidents` and `rasd framing`. `dbPath` reads the global --db option when the command runs. */
export function registerIncidents(program: Command, dbPath: () => string): void {
  withIncidentFilters(
    program
      .command('incidents')
      .description('incidents: one happening with all its reports, how many outlets corroborate it, and where they disagree')
      .option('--from <date>', 'incidents on or after this date (YYYY-MM-DD)')
      .option('--to <date>', 'incidents on or before this date (YYYY-MM-DD)')
      .option('--type <type>', 'event type, e.g. "Battles"')
      .option('--admin1 <name>', 'governorate (OCHA English name)'),
  )
    .option('--limit <n>', 'at most this many rows', '50')
    .option('--id <incident>', 'show one incident in full: every report, its words for the actors, its near-duplicates')
    .option('--json', 'JSON lines instead of a table')
    .action((o: IncidentOptions) => {
      const store = openStore(dbPath());
      try {
        if (o.id) {
          const i = store.getIncident(o.id);
          if (!i) throw new Error(`no incident ${o.id}`);
          if (o.json) process.stdout.write(incidentToJsonLine(i) + '\n');
          else printIncident(store, i);
          return;
        }
        const filter = incidentFilterFrom(o, 50);
        const incidents = store.incidents(filter);
        if (o.json) for (const i of incidents) process.stdout.write(incidentToJsonLine(i) + '\n');
        else printIncidentTable(incidents, store.countIncidents({ ...filter, limit: undefined }));
      } finally {
        store.close();
      }
    });

  program
    .command('framing')
    .description('per outlet, the words it uses for each party and act, and the stance they signal')
    .option('--outlet <name>', 'one outlet only')
    .option('--json', 'the profiles as JSON')
    .action((o: { outlet?: string; json?: boolean }) => {
      const store = openStore(dbPath());
      try {
        const profiles = store.outletProfiles().filter((p) => !o.outlet || p.outlet === o.outlet);
        if (o.json) {
          process.stdout.write(JSON.stringify(profiles, null, 1) + '\n');
          return;
        }
        for (const p of profiles) {
          process.stdout.write(`\n${p.outlet} (${p.articles} articles)\n`);
          for (const r of p.referents) {
            const pct = (x: number) => `${Math.round(x * 100)}%`;
            process.stdout.write(
              `  ${r.label}: ${r.terms.map((t) => `${t.term}×${t.articles}`).join(', ')}  ` +
                `[sympathetic ${pct(r.stance.sympathetic)}, neutral ${pct(r.stance.neutral)}, hostile ${pct(r.stance.hostile)}]\n`,
            );
          }
        }
      } finally {
        store.close();
      }
    });
}
