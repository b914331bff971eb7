// The data layer's public surface. No side effects.
export type { CreateOptions, DataSource, RequestOptions, SearchOptions, SearchParams, SearchResult, UpdateOptions } from './data-source.js';
export {
  createFhirDataSource,
  DEFAULT_MAX_PAGES,
  DEFAULT_TIMEOUT_MS,
  FhirRestDataSource,
  type FhirRequestClient,
  type FhirRestDataSourceOptions,
} from './fhir-rest-data-source.js';
export {
  AbortError,
  ConflictError,
  DataSourceError,
  httpErrorFor,
  HttpError,
  InvalidRequestError,
  InvalidResponseError,
  isDataSourceError,
  isOperationOutcome,
  NetworkError,
  NotFoundError,
  outcomeText,
  TimeoutError,
  ValidationError,
  type DataSourceErrorKind,
} from './errors.js';
