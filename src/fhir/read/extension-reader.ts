/** The one reader of FHIR extensions (project extensions, pronouns, complex sub-extensions). */
import { isObject, readArray, readString, type Json } from './fields.js';
import { at, reportWrongType, type ProblemLog, type Path } from './problems.js';

export interface ExtensionAt {
  extension: Json;
  path: Path;
}

/** The extensions of `owner` with this url, each with its path (e.g. `extension[3]`). */
export function extensionsOf(owner: Json, url: string, path: Path, log: ProblemLog): ExtensionAt[] {
  const found: ExtensionAt[] = [];
  const items = readArray(owner, 'extension', path, log);
  for (let index = 0; index < items.length; index += 1) {
    const item = items[index];
    if (!isObject(item)) reportWrongType(log, at(path, 'extension', index), 'an Extension object');
    else if (item.url === url) found.push({ extension: item, path: at(path, 'extension', index) });
  }
  return found;
}

/** Sub-extensions of a complex extension (their `url` is a plain name such as `does`). */
export function subExtensions(parent: ExtensionAt, url: string, log: ProblemLog): ExtensionAt[] {
  return extensionsOf(parent.extension, url, parent.path, log);
}

/** The text of a string-like value[x] (valueString, else valueMarkdown). */
export function extensionText(entry: ExtensionAt, log: ProblemLog): string | undefined {
  return readString(entry.extension, 'valueString', entry.path, log) ?? readString(entry.extension, 'valueMarkdown', entry.path, log);
}

/** Text of every sub-extension named `url`. */
export function subExtensionTexts(parent: ExtensionAt, url: string, log: ProblemLog): string[] {
  return subExtensions(parent, url, log).flatMap((entry) => extensionText(entry, log) ?? []);
}
