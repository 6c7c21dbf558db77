/**
 * The engine the extension ships: full ("max") metadata at VALID leniency, parsed on first use. Why, measured:
 * ./README.md.
 */
import { phoneMetadata } from '../phone-lib';
import { createEngine } from './engine';

export default createEngine('max/VALID', phoneMetadata, 'VALID');
