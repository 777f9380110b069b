export { parsePublicationDate } from './published.js';
