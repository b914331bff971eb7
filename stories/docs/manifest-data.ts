/**
 * Reading custom-elements.json (`npx cem analyze`) for the docs pages: the subset of the Custom
 * Elements Manifest schema they use, and pure helpers that pick out each element's public API.
 * No React here; ManifestTables.tsx renders what these return.
 */
export interface TypeText {
  text?: string;
}
export interface Described {
  name?: string;
  description?: string;
}
export interface ManifestAttribute extends Described {
  type?: TypeText;
  default?: string;
  fieldName?: string;
}
export interface ManifestMember extends Described {
  kind?: string;
  type?: TypeText;
  default?: string;
  privacy?: string;
  static?: boolean;
  readonly?: boolean;
  attribute?: string;
  reflects?: boolean;
  parameters?: { name?: string; type?: TypeText; optional?: boolean }[];
  return?: { type?: TypeText };
}
export interface ManifestEvent extends Described {
  type?: TypeText;
}
export interface ManifestCssProperty extends Described {
  default?: string;
  syntax?: string;
}
export interface ManifestDeclaration extends Described {
  kind?: string;
  tagName?: string;
  customElement?: boolean;
  summary?: string;
  attributes?: ManifestAttribute[];
  members?: ManifestMember[];
  events?: ManifestEvent[];
  slots?: Described[];
  cssParts?: Described[];
  cssProperties?: ManifestCssProperty[];
}
/** The part of the Custom Elements Manifest schema these tables read; everything is optional. */
export interface Manifest {
  modules?: { path?: string; declarations?: ManifestDeclaration[] }[];
}

/** The public contract (DESIGN.md), in reading order; any other element in the manifest follows. */
export const CONTRACT_TAGS = [
  'care-team-provider',
  'care-peer-role-card',
  'care-team-roster',
  'care-referral-button',
  'care-plan-panel',
] as const;

export const LIFECYCLE = new Set([
  'render',
  'connectedCallback',
  'disconnectedCallback',
  'attributeChangedCallback',
  'firstUpdated',
  'updated',
  'willUpdate',
  'shouldUpdate',
  'update',
  'createRenderRoot',
]);

export const isPublic = (member: ManifestMember): boolean =>
  !member.static &&
  (member.privacy ?? 'public') === 'public' &&
  !!member.name &&
  !member.name.startsWith('#') &&
  !member.name.startsWith('_');

/** Every custom element in the manifest, by tag. */
export function elementsByTag(manifest: Manifest): Map<string, ManifestDeclaration> {
  const found = new Map<string, ManifestDeclaration>();
  for (const module of manifest.modules ?? []) {
    for (const declaration of module.declarations ?? []) {
      if (declaration.tagName && (declaration.customElement || declaration.kind === 'class')) {
        found.set(declaration.tagName, declaration);
      }
    }
  }
  return found;
}

/** Contract tags first, then any other tag the manifest holds. */
export function orderedTags(manifest: Manifest): string[] {
  const extra = [...elementsByTag(manifest).keys()].filter((tag) => !(CONTRACT_TAGS as readonly string[]).includes(tag)).sort();
  return [...CONTRACT_TAGS, ...extra];
}

export interface PropertyRow {
  property?: string;
  attribute?: string;
  type?: string;
  default?: string;
  description?: string;
  reflects?: boolean;
  readonly?: boolean;
}

export function propertyRows(element: ManifestDeclaration): PropertyRow[] {
  const fields = (element.members ?? []).filter((member) => member.kind === 'field' && isPublic(member));
  const rows: PropertyRow[] = fields.map((field) => ({
    property: field.name,
    attribute: field.attribute,
    type: field.type?.text,
    default: field.default,
    description: field.description,
    reflects: field.reflects,
    readonly: field.readonly,
  }));
  // Attributes without a matching public field (rare; e.g. handled in attributeChangedCallback).
  for (const attribute of element.attributes ?? []) {
    if (!rows.some((row) => row.attribute === attribute.name || (attribute.fieldName && row.property === attribute.fieldName))) {
      rows.push({ attribute: attribute.name, type: attribute.type?.text, default: attribute.default, description: attribute.description });
    }
  }
  return rows;
}

/** Every event this package fires is named `care-…` (the house naming rule). */
export const isCareEvent = (name: string | undefined): name is string => !!name && name.startsWith('care-');

/**
 * Events once each (the analyzer may find one in @fires and again in a dispatchEvent call).
 * Entries without a `care-` name are analyzer guesses from `dispatchEvent(new X(arg))` (it takes
 * the argument for the name); they are listed apart by `strayEvents`, not as real events.
 */
export function namedEvents(element: ManifestDeclaration): ManifestEvent[] {
  const seen = new Map<string, ManifestEvent>();
  for (const event of element.events ?? []) {
    if (!isCareEvent(event.name)) continue;
    const known = seen.get(event.name);
    if (!known || (!known.description && event.description)) seen.set(event.name, event);
  }
  return [...seen.values()];
}

export function strayEvents(element: ManifestDeclaration): string[] {
  return (element.events ?? []).flatMap((event) => (event.name && !isCareEvent(event.name) ? [event.name] : []));
}

export interface IndexRow {
  name: string;
  tags: string[];
  description?: string;
}

export function indexOf(manifest: Manifest, pick: (element: ManifestDeclaration) => Described[]): IndexRow[] {
  const rows = new Map<string, IndexRow>();
  for (const tag of orderedTags(manifest)) {
    const element = elementsByTag(manifest).get(tag);
    for (const item of element ? pick(element) : []) {
      if (!item.name) continue;
      const row = rows.get(item.name) ?? { name: item.name, tags: [], description: item.description };
      if (!row.tags.includes(tag)) row.tags.push(tag);
      row.description ??= item.description;
      rows.set(item.name, row);
    }
  }
  return [...rows.values()];
}

export interface NameUse {
  tag: string;
  kind: 'attribute' | 'property' | 'event';
  name: string;
}

export function declares(element: ManifestDeclaration | undefined, use: NameUse): boolean {
  if (!element) return false;
  if (use.kind === 'attribute') return (element.attributes ?? []).some((a) => a.name === use.name);
  if (use.kind === 'event') return namedEvents(element).some((e) => e.name === use.name);
  return (element.members ?? []).some((m) => m.kind === 'field' && isPublic(m) && m.name === use.name);
}
