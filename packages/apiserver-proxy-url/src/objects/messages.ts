// The English sentences of the objects-only diagnostics (linksFromObjects, resolveProxyTarget). Kept
// beside the code that uses them, not in ../messages.ts: a bundle that loads these two functions on
// demand (the playground's Cluster objects mode) then keeps their sentences out of its first chunk,
// since a module shared by two chunks goes whole into the one loaded first.

const q = (s: string): string => JSON.stringify(s);

export const unknownPort = (port: string, ports: string): string =>
  port
    ? `The API server answers 503: the Service has no port ${q(port)} (it has ${ports}).`
    : `The API server answers 503: without a port it reaches only an unnamed port (this Service has ${ports}).`;
export const externalName = 'The API server answers 503: an ExternalName Service has no endpoints.';
export const nonTcpPort = (protocol: string): string =>
  `The API server proxies HTTP over TCP, not ${protocol}.`;
export const portSchemeDiffers = (speaks: string): string =>
  `This port speaks ${speaks}: the API server would connect with the other scheme.`;
export const objectNotFound = (what: string): string => `No ${what} among the objects given.`;
export const noContainerPort = (scheme: string): string =>
  `The pod declares no container port: the API server connects to port ${scheme === 'https' ? 443 : 80}.`;
