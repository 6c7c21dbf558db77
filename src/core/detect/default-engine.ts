/**
 * The engine the extension ships: full ("max") metadata at VALID leniency. Why, measured: ./README.md.
 */
import metadata from 'libphonenumber-js/metadata.max.json';
import { createEngine } from './engine';

export default createEngine('max/VALID', metadata, 'VALID');
