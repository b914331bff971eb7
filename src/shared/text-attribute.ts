import type { ComplexAttributeConverter } from 'lit';

/**
 * The converter of every reflected text property. A value set by script that has no text form
 * (an object, a Symbol) removes the attribute instead of throwing out of the element's update, as
 * `setAttribute` would; the element then treats the property as it treats any unusable value.
 */
export const textAttribute: ComplexAttributeConverter<unknown> = {
  fromAttribute: (value) => value,
  toAttribute: (value) => (typeof value === 'string' || typeof value === 'number' ? String(value) : null),
};
