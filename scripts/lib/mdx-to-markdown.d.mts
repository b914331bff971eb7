// Types for mdx-to-markdown.mjs (used by its tests in TypeScript).
export interface SplitGuide {
  title: string;
  imports: string[];
  blocks: string[];
  text: string;
}
export function splitMdx(source: string): SplitGuide;
export function guideFileName(title: string): string;
export function toMarkdown(
  guide: SplitGuide,
  renderedBlocks: readonly string[],
  fileNamesByTitle: ReadonlyMap<string, string>,
  sourceName: string,
): string;
