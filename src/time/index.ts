export { parsePublicationDate } from './published.js';
export { findDates } from './findDates.js';
export { inferPublicationDate, referenceDate } from './infer.js';
