/**
 * Theme presets: light, dark and high contrast, as values for the system tokens. One source for
 * the provider's `theme` attribute, the `care-theme-<preset>` ancestor classes and Storybook.
 *
 * Light and dark only pick the colour scheme: the token fallbacks already hold both palettes
 * (`light-dark()`). High contrast replaces the palette with one meeting WCAG AAA (7:1) for text in
 * both schemes, thicker focus rings and borders that never depend on colour alone.
 */

export const THEME_PRESETS = ['light', 'dark', 'high-contrast'] as const;
export type ThemePreset = (typeof THEME_PRESETS)[number];

export interface PresetStyle {
  colorScheme: 'light' | 'dark' | 'light dark';
  tokens: Readonly<Record<string, string>>;
}

const HIGH_CONTRAST_TOKENS: Readonly<Record<string, string>> = {
  '--care-sys-color-surface': 'light-dark(#ffffff, #000000)',
  '--care-sys-color-surface-raised': 'light-dark(#ffffff, #000000)',
  '--care-sys-color-text': 'light-dark(#000000, #ffffff)',
  '--care-sys-color-text-muted': 'light-dark(#1a1a1a, #f0f0f0)',
  '--care-sys-color-border': 'light-dark(#000000, #ffffff)',
  '--care-sys-color-primary': 'light-dark(#00307a, #b3d4ff)',
  '--care-sys-color-on-primary': 'light-dark(#ffffff, #000000)',
  '--care-sys-color-peer': 'light-dark(#3b0a78, #ecd9ff)',
  '--care-sys-color-peer-surface': 'light-dark(#ffffff, #000000)',
  '--care-sys-color-error': 'light-dark(#7a0000, #ffc2c2)',
  '--care-sys-color-error-surface': 'light-dark(#ffffff, #000000)',
  '--care-sys-color-success': 'light-dark(#004400, #b8f5b8)',
  '--care-sys-color-warning': 'light-dark(#4d3000, #ffe08a)',
  '--care-sys-color-focus-ring': 'light-dark(#000000, #ffffff)',
  '--care-sys-focus-ring-width': '4px',
};

export const PRESET_STYLES: Readonly<Record<ThemePreset, PresetStyle>> = {
  light: { colorScheme: 'light', tokens: {} },
  dark: { colorScheme: 'dark', tokens: {} },
  'high-contrast': { colorScheme: 'light dark', tokens: HIGH_CONTRAST_TOKENS },
};

export function isThemePreset(value: unknown): value is ThemePreset {
  return typeof value === 'string' && (THEME_PRESETS as readonly string[]).includes(value);
}

/** Every token name any preset sets, so switching presets can clear the previous one's tokens. */
export const PRESET_TOKEN_NAMES: readonly string[] = [
  ...new Set(Object.values(PRESET_STYLES).flatMap((style) => Object.keys(style.tokens))),
];

/** CSS for the ancestor classes `care-theme-light|dark|high-contrast` (installed by define.js). */
export function presetClassCss(): string {
  return THEME_PRESETS.map((preset) => {
    const { colorScheme, tokens } = PRESET_STYLES[preset];
    const declarations = Object.entries(tokens).map(([name, value]) => `${name}: ${value};`);
    return `.care-theme-${preset} { color-scheme: ${colorScheme}; ${declarations.join(' ')} }`;
  }).join('\n');
}
