// Entry of the self-registering CDN bundle: the whole public API, with every tag defined.
export * from './index.js';
import './define.js';
