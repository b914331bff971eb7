/**
 * A local time of day as FHIR writes it ("hh:mm:ss"; "hh:mm" accepted), hours 00-23. One pattern
 * for the FHIR reader and the peer model's schema, so "9am" is a problem in both, never a throw.
 */
export const TIME_OF_DAY = /^([01]\d|2[0-3]):[0-5]\d(:[0-5]\d)?$/;
