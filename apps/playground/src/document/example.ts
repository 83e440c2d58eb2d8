// "Paste an example": a short docs page with the mistakes found in real docs trees (the Korean
// "Access Services" page's https:name without its colon, the removed /api/v1/proxy form, plain http
// to a remote API server) next to URLs that are right, and Helm templates that are not mistakes.
export const exampleDocument = `# Reaching the logging stack

Through \`kubectl proxy\`, open
http://localhost:8001/api/v1/namespaces/kube-system/services/https:elasticsearch-logging/proxy/

Straight to the API server:
[Kibana](http://104.197.5.247/api/v1/namespaces/kube-system/services/kibana-logging/proxy)

The old form, still in some charts:

\`\`\`yaml
dashboard: /api/v1/proxy/namespaces/kube-system/services/kubernetes-dashboard/
\`\`\`

From a Helm chart's NOTES.txt (placeholders are not mistakes):

    kubectl proxy &
    open http://localhost:8001/api/v1/namespaces/{{ .Release.Namespace }}/services/{{ include "app.fullname" . }}:http/proxy/
`;
