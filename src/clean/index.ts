export { cleanPage } from './clean.js';
