/**
 * API tables generated from custom-elements.json (`npx cem analyze`), so the docs follow the code:
 * properties and attributes, methods, events, slots, CSS parts and CSS custom properties of every
 * element. An element that has not landed yet gets a short note instead of a stale, hand-copied table.
 */
import type { ReactNode } from 'react';
import { CodeList, InlineText, Table, Tag, type Column } from './doc-table';
import {
  LIFECYCLE,
  declares,
  elementsByTag,
  indexOf,
  isPublic,
  namedEvents,
  orderedTags,
  propertyRows,
  strayEvents,
  type Described,
  type IndexRow,
  type Manifest,
  type ManifestCssProperty,
  type ManifestEvent,
  type ManifestMember,
  type NameUse,
  type PropertyRow,
} from './manifest-data';

export type { Manifest, NameUse } from './manifest-data';

const dash = (value: string | undefined): ReactNode => (value ? <code>{value}</code> : '–');

const PROPERTY_COLUMNS: readonly Column<PropertyRow>[] = [
  { header: 'Property', cell: (row) => dash(row.property) },
  {
    header: 'Attribute',
    cell: (row) => (
      <>
        {dash(row.attribute)}
        {row.reflects ? ' (reflects)' : ''}
      </>
    ),
  },
  { header: 'Type', cell: (row) => dash(row.type) },
  { header: 'Default', cell: (row) => dash(row.default) },
  {
    header: 'Description',
    cell: (row) => (
      <>
        {row.readonly ? 'Read-only. ' : ''}
        <InlineText text={row.description} />
      </>
    ),
  },
];

const METHOD_COLUMNS: readonly Column<ManifestMember>[] = [
  {
    header: 'Method',
    cell: (method) => (
      <code>{`${method.name}(${(method.parameters ?? []).map((p) => `${p.name}${p.optional ? '?' : ''}${p.type?.text ? `: ${p.type.text}` : ''}`).join(', ')})`}</code>
    ),
  },
  { header: 'Returns', cell: (method) => dash(method.return?.type?.text) },
  { header: 'Description', cell: (method) => <InlineText text={method.description} /> },
];

/** Event name and description; the type column only when the manifest knows a type. */
function eventColumns(events: readonly ManifestEvent[]): readonly Column<ManifestEvent>[] {
  return [
    { header: 'Event', cell: (event) => dash(event.name) },
    ...(events.some((event) => event.type?.text) ? [{ header: 'Type', cell: (event: ManifestEvent) => dash(event.type?.text) }] : []),
    { header: 'Description', cell: (event) => <InlineText text={event.description} /> },
  ];
}

const NAMED_COLUMNS = (header: string, empty: string): readonly Column<Described>[] => [
  { header, cell: (item) => (item.name ? <code>{item.name}</code> : empty) },
  { header: 'Description', cell: (item) => <InlineText text={item.description} /> },
];

const CSS_PROPERTY_COLUMNS: readonly Column<ManifestCssProperty>[] = [
  { header: 'Custom property', cell: (item) => dash(item.name) },
  { header: 'Default', cell: (item) => dash(item.default) },
  { header: 'Description', cell: (item) => <InlineText text={item.description} /> },
];

function Section<T>({ caption, columns, rows }: { caption: string; columns: readonly Column<T>[]; rows: readonly T[] }): ReactNode {
  return rows.length > 0 ? <Table caption={caption} columns={columns} rows={rows} /> : null;
}

/** The API tables of one element, or a note when the manifest does not hold it yet. */
export function ElementApi({ manifest, tag }: { manifest: Manifest; tag: string }): ReactNode {
  const element = elementsByTag(manifest).get(tag);
  if (!element) {
    return (
      <p>
        <Tag name={tag} /> is not in <code>custom-elements.json</code> yet. Its tables appear here once its source has landed and{' '}
        <code>npx cem analyze</code> has run.
      </p>
    );
  }
  const methods = (element.members ?? []).filter((m) => m.kind === 'method' && isPublic(m) && !LIFECYCLE.has(m.name ?? ''));
  const name = element.name ?? tag;
  return (
    <>
      <p>
        <code>{name}</code>
        {element.summary ? ': ' : ''}
        <InlineText text={element.summary} />
      </p>
      <Section caption={`${name}: properties and attributes`} columns={PROPERTY_COLUMNS} rows={propertyRows(element)} />
      <Section caption={`${name}: methods`} columns={METHOD_COLUMNS} rows={methods} />
      <Section caption={`${name}: events`} columns={eventColumns(namedEvents(element))} rows={namedEvents(element)} />
      {strayEvents(element).length > 0 ? (
        <p>
          Note for maintainers: <code>custom-elements.json</code> also lists <CodeList items={strayEvents(element)} /> as an event of this
          element. That is not a <code>care-…</code> event name, most likely the analyzer reading a{' '}
          <code>dispatchEvent(new …Event(value))</code> call; the <code>@fires</code> entries above are the real events.
        </p>
      ) : null}
      <Section caption={`${name}: slots`} columns={NAMED_COLUMNS('Slot', '(default)')} rows={element.slots ?? []} />
      <Section caption={`${name}: CSS parts`} columns={NAMED_COLUMNS('Part', '–')} rows={element.cssParts ?? []} />
      <Section caption={`${name}: CSS custom properties`} columns={CSS_PROPERTY_COLUMNS} rows={element.cssProperties ?? []} />
    </>
  );
}

/** A heading and the API tables for every element: the contract's five, then any others. */
export function ElementApis({ manifest }: { manifest: Manifest }): ReactNode {
  return (
    <>
      {orderedTags(manifest).map((tag) => (
        <section key={tag} aria-labelledby={`api-${tag}`}>
          <h3 id={`api-${tag}`}>
            <Tag name={tag} />
          </h3>
          <ElementApi manifest={manifest} tag={tag} />
        </section>
      ))}
    </>
  );
}

const INDEX_COLUMNS = (header: string, byHeader: string): readonly Column<IndexRow>[] => [
  { header, cell: (row) => <code>{row.name}</code> },
  { header: byHeader, cell: (row) => <CodeList items={row.tags} /> },
  { header: 'Description', cell: (row) => <InlineText text={row.description} /> },
];

/** Every event of every element in one table: what a host can listen for. */
export function EventIndex({ manifest }: { manifest: Manifest }): ReactNode {
  const rows = indexOf(manifest, namedEvents);
  if (rows.length === 0) return <p>No element in the manifest declares an event yet.</p>;
  return <Table caption="Events, across elements" columns={INDEX_COLUMNS('Event', 'Fired by')} rows={rows} rowKey={(row) => row.name} />;
}

/** Every public `--care-<element>-*` custom property, across elements. */
export function CssPropertyIndex({ manifest }: { manifest: Manifest }): ReactNode {
  const rows = indexOf(manifest, (element) => element.cssProperties ?? []);
  if (rows.length === 0) return <p>No element in the manifest declares a CSS custom property yet.</p>;
  return (
    <Table
      caption="Element tokens, across elements"
      columns={INDEX_COLUMNS('Custom property', 'Element')}
      rows={rows}
      rowKey={(row) => row.name}
    />
  );
}

/** Every CSS part, across elements. */
export function CssPartIndex({ manifest }: { manifest: Manifest }): ReactNode {
  const rows = indexOf(manifest, (element) => element.cssParts ?? []);
  if (rows.length === 0) return <p>No element in the manifest declares a CSS part yet.</p>;
  return <Table caption="CSS parts, across elements" columns={INDEX_COLUMNS('Part', 'Element')} rows={rows} rowKey={(row) => row.name} />;
}

/**
 * The names a guide's examples use, checked against the manifest, so a renamed attribute or
 * event shows up here instead of silently breaking a copied snippet.
 */
export function NameCheck({ manifest, uses }: { manifest: Manifest; uses: readonly NameUse[] }): ReactNode {
  const elements = elementsByTag(manifest);
  const columns: readonly Column<NameUse>[] = [
    { header: 'Element', cell: (use) => <Tag name={use.tag} /> },
    { header: 'Kind', cell: (use) => use.kind },
    { header: 'Name', cell: (use) => <code>{use.name}</code> },
    {
      header: 'In custom-elements.json',
      cell: (use) =>
        declares(elements.get(use.tag), use)
          ? 'yes'
          : elements.has(use.tag)
            ? 'NOT FOUND: check the element’s API'
            : 'element not landed yet',
    },
  ];
  return (
    <Table
      caption="Names used in this guide's examples"
      columns={columns}
      rows={uses}
      rowKey={(use) => `${use.tag} ${use.kind} ${use.name}`}
    />
  );
}
