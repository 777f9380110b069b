import Table from 'cli-table3';
import type { EventRecord } from '../types.js';

/** The event table shown by `rasd events` and `npm start`. */
export function printEventTable(events: EventRecord[], total: number): void {
  const table = new Table({
    head: ['date', 'type / sub-type', 'actor1', 'actor2', 'admin1', 'location', 'killed', 'bg'],
    wordWrap: true,
    colWidths: [12, 30, 24, 22, 14, 22, 8, 5],
  });
  for (const e of events) {
    table.push([
      e.event_date ?? `? (${e.date_basis})`,
      `${e.event_type}\n${e.sub_event_type}`,
      e.actor1?.name ?? '',
      e.actor2?.name ?? '',
      e.admin1 ?? e.country ?? '',
      e.location ?? '',
      e.fatalities === null ? '' : String(e.fatalities),
      e.background ? 'yes' : '',
    ]);
  }
  process.stdout.write(table.toString() + '\n');
  process.stdout.write(`${events.length} of ${total} events shown\n`);
}
