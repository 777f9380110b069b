import { COUNTRY_SLOT, type GenericActor, type RegisteredActor } from './actor-data.js';
import { COUNTRIES_WITH_ARTICLE } from './nationality-lexicon.js';

const WITH_ARTICLE = new Set(COUNTRIES_WITH_ARTICLE);

/**
 * A generic actor's name for one country. ACLED writes "Military Forces of the United States" but
 * "Civilians (United States)": the article goes in only after "of".
 */
export function nameInCountry(template: string, country: string): string {
  const slot = template.indexOf(COUNTRY_SLOT);
  const afterOf = template.slice(0, slot).endsWith('of ');
  return template.replace(COUNTRY_SLOT, afterOf && WITH_ARTICLE.has(country) ? `the ${country}` : country);
}

/** A generic actor made concrete, for a country the registry has no entry for (Military Forces of Lebanon). */
export function concreteActor(generic: GenericActor, country: string, writtenAs: string): RegisteredActor {
  return {
    name: nameInCountry(generic.template, country),
    name_ar: writtenAs,
    type: generic.type,
    country,
    parent: null,
    role: 'actor',
    aliases_ar: [],
  };
}
