/**
 * Theming tables read from the code itself: the system tokens and their literal fallbacks (parsed
 * from src/shared/styles/tokens.ts), the presets (src/theme/presets.ts) and which tokens each SMART
 * App Launch style key sets (by running src/theme/smart-style.ts on a sample value).
 */
import type { CSSProperties, ReactNode } from 'react';
import { tokens } from '../../src/shared/styles/tokens.js';
import { PRESET_STYLES, THEME_PRESETS, smartStyleToTokens, type SmartStyle, type ThemePreset } from '../../src/theme/index.js';
import { CodeList, Table, type Column } from './doc-table';

export interface SystemToken {
  /** The public system token, e.g. `--care-sys-color-text`. */
  token: string;
  /** The private property the elements read, e.g. `--_sys-text`. */
  local: string;
  /** The literal fallback as written. */
  fallback: string;
  light?: string;
  dark?: string;
}

/** Splits `a, b` at the top-level comma (commas inside parentheses stay). */
function splitTopLevel(value: string): string[] {
  const parts: string[] = [];
  let depth = 0;
  let start = 0;
  for (let i = 0; i < value.length; i += 1) {
    const char = value[i];
    if (char === '(') depth += 1;
    else if (char === ')') depth -= 1;
    else if (char === ',' && depth === 0) {
      parts.push(value.slice(start, i).trim());
      start = i + 1;
    }
  }
  parts.push(value.slice(start).trim());
  return parts;
}

const DECLARATION = /(--_sys-[\w-]+)\s*:\s*var\(\s*(--care-sys-[\w-]+)\s*,\s*(.+)\);/g;

/** The system tokens declared in tokens.ts, in source order. */
export function systemTokens(): SystemToken[] {
  const found = [...tokens.cssText.matchAll(DECLARATION)].map(([, local = '', token = '', fallback = '']) => ({
    local,
    token,
    fallback: fallback.trim(),
  }));
  return found.map((row) => {
    const pair = /^light-dark\((.*)\)$/.exec(row.fallback);
    const [light, dark] = pair ? splitTopLevel(pair[1] ?? '') : [];
    return { ...row, ...(light && dark ? { light, dark } : {}) };
  });
}

/** A fallback that points at another private token, shown as the public token it comes from. */
function readableFallback(row: SystemToken, all: readonly SystemToken[]): ReactNode {
  const alias = /^var\((--_sys-[\w-]+)\)$/.exec(row.fallback)?.[1];
  const source = alias ? all.find((other) => other.local === alias) : undefined;
  return source ? (
    <>
      same as <code>{source.token}</code>
    </>
  ) : (
    <code>{row.fallback}</code>
  );
}

const swatchBase: CSSProperties = {
  display: 'inline-block',
  inlineSize: '1.5em',
  blockSize: '1.5em',
  borderRadius: '0.25em',
  border: '1px solid #818b98',
  verticalAlign: 'middle',
  marginInlineEnd: '0.5em',
};

/** The colour as the elements resolve it in one scheme (light-dark() follows color-scheme). */
function Swatch({ value, scheme }: { value: string; scheme: 'light' | 'dark' }): ReactNode {
  return <span aria-hidden="true" style={{ ...swatchBase, colorScheme: scheme, background: value }} />;
}

/** The system token table: name, light and dark fallbacks with swatches, or the single fallback. */
export function SystemTokenTable(): ReactNode {
  const rows = systemTokens();
  const columns: readonly Column<SystemToken>[] = [
    { header: 'System token', cell: (row) => <code>{row.token}</code> },
    {
      header: 'Light fallback',
      cell: (row) =>
        row.light ? (
          <>
            <Swatch value={row.fallback} scheme="light" />
            <code>{row.light}</code>
          </>
        ) : (
          readableFallback(row, rows)
        ),
    },
    {
      header: 'Dark fallback',
      cell: (row) =>
        row.dark ? (
          <>
            <Swatch value={row.fallback} scheme="dark" />
            <code>{row.dark}</code>
          </>
        ) : (
          'same'
        ),
    },
  ];
  return <Table caption="System tokens and their literal fallbacks" columns={columns} rows={rows} rowKey={(row) => row.token} />;
}

/** The presets: colour scheme and the tokens each sets, and how to select it. */
export function PresetTable(): ReactNode {
  const columns: readonly Column<ThemePreset>[] = [
    { header: 'Preset', cell: (preset) => <code>{preset}</code> },
    {
      header: 'Select with',
      cell: (preset) => (
        <>
          <code>{`theme="${preset}"`}</code> on the provider, or <code>{`class="care-theme-${preset}"`}</code> on an ancestor
        </>
      ),
    },
    { header: 'color-scheme', cell: (preset) => <code>{PRESET_STYLES[preset].colorScheme}</code> },
    { header: 'System tokens it sets', cell: (preset) => <CodeList items={Object.keys(PRESET_STYLES[preset].tokens)} /> },
  ];
  return <Table caption="Theme presets" columns={columns} rows={THEME_PRESETS} rowKey={(preset) => preset} />;
}

/** Every key of a SMART style object (SMART App Launch, `smart_style_url`). */
const SMART_KEYS: readonly (keyof SmartStyle)[] = [
  'color_background',
  'color_text',
  'color_highlight',
  'color_error',
  'color_success',
  'color_modal_backdrop',
  'dim_border_radius',
  'dim_font_size',
  'dim_spacing_size',
  'font_family_body',
  'font_family_heading',
];

function sampleFor(key: string): string {
  if (key.startsWith('color_')) return '#0a5c36';
  if (key.startsWith('dim_')) return '6px';
  return 'Georgia, serif';
}

/** Which tokens a SMART key sets: asked of the adapter itself, with a valid sample value. */
export function smartKeyTokens(key: keyof SmartStyle): string[] {
  return Object.keys(smartStyleToTokens({ [key]: sampleFor(key) }).tokens);
}

export function SmartStyleTable(): ReactNode {
  const columns: readonly Column<keyof SmartStyle>[] = [
    { header: 'SMART style key', cell: (key) => <code>{key}</code> },
    {
      header: 'System tokens it sets',
      cell: (key) => {
        const set = smartKeyTokens(key);
        return set.length > 0 ? <CodeList items={set} /> : 'not used by the adapter';
      },
    },
  ];
  return <Table caption="SMART style keys and the tokens they set" columns={columns} rows={SMART_KEYS} rowKey={(key) => key} />;
}
