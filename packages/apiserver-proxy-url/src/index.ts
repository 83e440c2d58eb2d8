export { type BuildResult, buildProxyUrl, safeBuildProxyUrl } from './build.js';
export { diagnosticCatalogue } from './catalogue.js';
export { type ClusterInfoEntry, parseClusterInfo } from './cluster-info.js';
export { rebaseProxyUrl, upgradeLegacyProxyUrl } from './convert.js';
export {
  type Diagnostic,
  type DiagnosticCode,
  type DiagnosticParams,
  ProxyUrlError,
  type Severity,
} from './diagnostics.js';
export { type FoundProxyUrl, findProxyUrls } from './docs/find.js';
export {
  applyFixes,
  type FixResult,
  fixText,
  type LintFinding,
  type LintOptions,
  lintText,
  type TextEdit,
} from './docs/lint.js';
export { joinSchemeNamePort, type SchemeNamePort, splitSchemeNamePort } from './id.js';
export { type LinksOptions, linksFromObjects, type ObjectLink } from './objects/links.js';
export type { ObjectPort } from './objects/read.js';
export { type ResolvedTarget, resolveProxyTarget } from './objects/resolve.js';
export {
  type ParseFailure,
  type ParseOptions,
  type ParseResult,
  type ParseSuccess,
  parseProxyUrl,
  type TemplateParseResult,
} from './parse.js';
export {
  encodeControls,
  isControl,
  type RbacRule,
  toCurl,
  toKubectlGetRaw,
  toRbacRule,
} from './snippets.js';
export type {
  IdScheme,
  ProxyResource,
  ProxyTarget,
  ProxyTargetInput,
  ProxyUrlParts,
  Span,
} from './types.js';
