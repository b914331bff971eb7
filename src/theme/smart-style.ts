/**
 * SMART App Launch styling: the EHR may hand an app a `smart_style_url` whose JSON describes its
 * look. `smartStyleToTokens` maps that JSON to our system tokens so the elements take the EHR's
 * colours, radius, sizes and fonts. The host fetches the JSON (the library makes no requests of
 * its own); every value is checked with `CSS.supports` first, because it comes from outside.
 */

export interface SmartStyle {
  color_background?: string;
  color_error?: string;
  color_highlight?: string;
  color_modal_backdrop?: string;
  color_success?: string;
  color_text?: string;
  dim_border_radius?: string;
  dim_font_size?: string;
  dim_spacing_size?: string;
  font_family_body?: string;
  font_family_heading?: string;
}

type Kind = 'color' | 'length' | 'font';

/** Which SMART key sets which tokens, and how its value is checked. */
const MAPPING: Readonly<Record<string, { kind: Kind; tokens: readonly string[] }>> = {
  color_background: { kind: 'color', tokens: ['--care-sys-color-surface'] },
  color_text: { kind: 'color', tokens: ['--care-sys-color-text'] },
  color_highlight: { kind: 'color', tokens: ['--care-sys-color-primary', '--care-sys-color-focus-ring'] },
  color_error: { kind: 'color', tokens: ['--care-sys-color-error'] },
  color_success: { kind: 'color', tokens: ['--care-sys-color-success'] },
  dim_border_radius: { kind: 'length', tokens: ['--care-sys-radius'] },
  dim_font_size: { kind: 'length', tokens: ['--care-sys-font-size'] },
  dim_spacing_size: { kind: 'length', tokens: ['--care-sys-spacing'] },
  font_family_body: { kind: 'font', tokens: ['--care-sys-font-family'] },
  font_family_heading: { kind: 'font', tokens: ['--care-sys-font-family-heading'] },
};

/** Every token a SMART style can set, so a new style (or none) can clear the previous one. */
export const SMART_STYLE_TOKEN_NAMES: readonly string[] = [...new Set(Object.values(MAPPING).flatMap((m) => m.tokens))];

const PROPERTY_FOR: Readonly<Record<Kind, string>> = { color: 'color', length: 'border-radius', font: 'font-family' };

function isValid(kind: Kind, value: string): boolean {
  // Declarations can't be smuggled in: a value with ; { } or a url() is refused before CSS.supports.
  if (/[;{}]|url\(|expression\(/i.test(value) || value.length > 200) return false;
  return typeof CSS === 'undefined' || CSS.supports(PROPERTY_FOR[kind], value);
}

/** SMART numbers without units are pixels ("dim_font_size": "14" → "14px"). */
function withUnit(kind: Kind, value: string): string {
  return kind === 'length' && /^\d+(\.\d+)?$/.test(value.trim()) ? `${value.trim()}px` : value.trim();
}

export function smartStyleToTokens(style: unknown): { tokens: Record<string, string>; rejected: string[] } {
  const tokens: Record<string, string> = {};
  const rejected: string[] = [];
  if (typeof style !== 'object' || style === null) return { tokens, rejected };
  for (const [key, raw] of Object.entries(style as Record<string, unknown>)) {
    const mapping = MAPPING[key];
    if (!mapping || (typeof raw !== 'string' && typeof raw !== 'number')) continue;
    const value = withUnit(mapping.kind, String(raw));
    if (!isValid(mapping.kind, value)) {
      rejected.push(key);
      continue;
    }
    for (const token of mapping.tokens) tokens[token] = value;
  }
  return { tokens, rejected };
}

/** Applies a SMART style object to an element (e.g. the provider); returns the keys refused. */
export function applySmartStyle(target: HTMLElement, style: unknown): string[] {
  const { tokens, rejected } = smartStyleToTokens(style);
  for (const [name, value] of Object.entries(tokens)) target.style.setProperty(name, value);
  return rejected;
}
