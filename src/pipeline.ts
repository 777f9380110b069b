/**
 * The whole reading of one page, stage after stage, in one direction:
 *   ingest (PageInput → RawPage) → clean (→ CleanArticle) → read (arabic tokens, time, geo, entities,
 *   numbers → Reading) → events (→ EventRecord[]).
 * The CLI, the library and the web API all call `extract`/`extractPage` here.
 */
import { findCasualties, findQuantities, splitSentences, tokenize } from './arabic/index.js';
import { cleanPage } from './clean/index.js';
import { ActorRegistry, findNationalities, findPeople, findSources, namesPeople } from './entities/index.js';
import { extractEvents } from './events/index.js';
import { Gazetteer, majorityCountry } from './geo/index.js';
import { pageFromInput } from './ingest/index.js';
import { findDates, inferPublicationDate, referenceDate } from './time/index.js';
import type { CleanArticle, Extraction, NationalityMention, PageInput, PlaceMention, RawPage, Reading } from './types.js';

/** Everything the language stages find in a cleaned article body. */
export function readArticle(article: CleanArticle): Reading {
  const text = article.body;
  const tokens = tokenize(text);
  const registry = ActorRegistry.default();
  const nationalities = findNationalities(text, tokens);
  const places = Gazetteer.default().findPlaces(text, tokens, { country: peoplesCountry(nationalities) });
  // `الشرطة`, `مدنيين` with no nationality written belong to the country the story is set in
  const actors = registry.findActors(text, tokens, { country: storyCountry(places) });
  const quantities = findQuantities(text, tokens);
  const people = findPeople(text, tokens, registry);
  // a page without a publication date is read against the date its own anchors pin, if any
  const reference = referenceDate(article);
  return {
    tokens,
    sentences: splitSentences(text),
    dates: findDates(text, reference, tokens),
    places,
    actors,
    nationalities,
    quantities,
    casualties: findCasualties(text, tokens, quantities),
    sources: findSources(text, tokens, registry, { actors, people }),
    people,
  };
}

/**
 * The country a story is set in: the one most of its place mentions lie in, when they are a clear
 * majority (a Syrian report naming Moscow once stays Syrian; one naming Baghdad and Basra is Iraqi).
 */
export function storyCountry(places: readonly PlaceMention[]): string | null {
  return majorityCountry(places.map((p) => p.place.country));
}

/**
 * `قتل سبعة عراقيين`, `جنديان عراقيان`: people counted by their nationality are, in the news, most
 * often the people of the country the story is set in. The one country all such words name, if any;
 * adjectives of things (`قاعدة أميركية`, `غارات روسية`) say whose they are, not where.
 */
function peoplesCountry(nationalities: readonly NationalityMention[]): string | null {
  const countries = new Set(nationalities.filter((n) => namesPeople(n.text)).map((n) => n.country));
  return countries.size === 1 ? [...countries][0]! : null;
}

/** Clean, read and extract events from a page already ingested. */
export function extractPage(page: RawPage): Extraction {
  const cleaned = cleanPage(page);
  const article: CleanArticle = cleaned.published
    ? cleaned
    : { ...cleaned, publishedInferred: inferPublicationDate(cleaned.body, cleaned.teasers.map((t) => `${t.title}\n${t.body}`)) };
  const registry = ActorRegistry.default();
  const events = extractEvents(article, readArticle(article), {
    actorByName: (name) => registry.byName(name),
    // sources (المرصد, سانا) report events, they don't take part in them
    codeActor: (actor) => {
      const coded = registry.codedActor(actor);
      return coded?.role === 'source' ? null : (coded ?? actor);
    },
  });
  return { id: page.sourceId ?? article.id, article, events };
}

/**
 * The library's front door: a page (Arabic text or HTML, with optional metadata) in, its cleaned
 * article and events out. A bare string is read as the page's plain text.
 */
export function extract(input: PageInput | string, origin = 'input'): Extraction {
  const page = pageFromInput(typeof input === 'string' ? { text: input } : input, origin);
  return extractPage(page);
}
