/**
 * Registers the shipped Spanish catalogue, as an app would where it starts (see README,
 * Languages). The Spanish stories import it and set `locale="es"` on the provider.
 */
import { registerMessages } from '../../src/i18n/localize.js';
import { es } from '../../src/locales/es.js';

registerMessages('es', es);
