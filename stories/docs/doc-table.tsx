/**
 * Small building blocks for the docs pages: a captioned table and a text renderer that turns
 * `backticks` into <code>. Text always stays text (no HTML is parsed), like in the elements.
 */
import { Fragment, type CSSProperties, type ReactNode } from 'react';

/** Renders `code` spans in a description; newlines become spaces; everything else is plain text. */
export function InlineText({ text }: { text: string | undefined }): ReactNode {
  if (!text) return null;
  const parts = text.replace(/\s*\n\s*/g, ' ').split('`');
  return <>{parts.map((part, index) => (index % 2 === 1 ? <code key={index}>{part}</code> : part))}</>;
}

export interface Column<T> {
  header: string;
  cell: (row: T) => ReactNode;
}

const captionStyle: CSSProperties = { textAlign: 'start', fontWeight: 600, padding: '0.5em 0' };

/** A table with a caption (its accessible name) and column headers. */
export function Table<T>({
  caption,
  columns,
  rows,
  rowKey,
}: {
  caption: string;
  columns: readonly Column<T>[];
  rows: readonly T[];
  rowKey?: (row: T, index: number) => string;
}): ReactNode {
  return (
    <table>
      <caption style={captionStyle}>{caption}</caption>
      <thead>
        <tr>
          {columns.map((column) => (
            <th scope="col" key={column.header}>
              {column.header}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {rows.map((row, index) => (
          <tr key={rowKey ? rowKey(row, index) : index}>
            {columns.map((column) => (
              <td key={column.header}>{column.cell(row)}</td>
            ))}
          </tr>
        ))}
      </tbody>
    </table>
  );
}

/** `<tag>` as inline code. */
export function Tag({ name }: { name: string }): ReactNode {
  return <code>{`<${name}>`}</code>;
}

/** A comma-separated list of inline code items, or a dash when empty. */
export function CodeList({ items }: { items: readonly string[] }): ReactNode {
  if (items.length === 0) return '–';
  return (
    <>
      {items.map((item, index) => (
        <Fragment key={item}>
          {index > 0 ? ', ' : ''}
          <code>{item}</code>
        </Fragment>
      ))}
    </>
  );
}
