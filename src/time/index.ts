export { parsePublicationDate } from './published.js';
export { findDates } from './findDates.js';
export { inferPublicationDate } from './infer.js';
