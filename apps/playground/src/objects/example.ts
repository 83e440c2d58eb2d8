// What `kubectl get svc,pods,nodes -A -o yaml` prints for a small cluster (fields as in the
// Kubernetes API reference, v1; status and most metadata trimmed): the mode's "Paste an example".

export const exampleObjects = `apiVersion: v1
items:
- apiVersion: v1
  kind: Service
  metadata:
    labels:
      component: apiserver
      provider: kubernetes
    name: kubernetes
    namespace: default
  spec:
    clusterIP: 10.96.0.1
    ports:
    - name: https
      port: 443
      protocol: TCP
      targetPort: 6443
    type: ClusterIP
- apiVersion: v1
  kind: Service
  metadata:
    annotations:
      prometheus.io/port: "9153"
      prometheus.io/scrape: "true"
    name: kube-dns
    namespace: kube-system
  spec:
    clusterIP: 10.96.0.10
    ports:
    - name: dns
      port: 53
      protocol: UDP
      targetPort: 53
    - name: dns-tcp
      port: 53
      protocol: TCP
      targetPort: 53
    - name: metrics
      port: 9153
      protocol: TCP
      targetPort: 9153
    type: ClusterIP
- apiVersion: v1
  kind: Service
  metadata:
    name: kubernetes-dashboard
    namespace: kubernetes-dashboard
  spec:
    clusterIP: 10.96.120.7
    ports:
    - port: 443
      protocol: TCP
      targetPort: 8443
    type: ClusterIP
- apiVersion: v1
  kind: Service
  metadata:
    name: grafana
    namespace: monitoring
  spec:
    clusterIP: 10.96.88.21
    ports:
    - appProtocol: http
      name: http
      port: 80
      protocol: TCP
      targetPort: 3000
    type: ClusterIP
- apiVersion: v1
  kind: Pod
  metadata:
    name: prometheus-0
    namespace: monitoring
  spec:
    containers:
    - image: quay.io/prometheus/prometheus:v3.5.0
      name: prometheus
      ports:
      - containerPort: 9090
        name: web
        protocol: TCP
  status:
    phase: Running
    podIP: 10.244.1.12
- apiVersion: v1
  kind: Node
  metadata:
    labels:
      kubernetes.io/hostname: node-1
    name: node-1
  status:
    daemonEndpoints:
      kubeletEndpoint:
        Port: 10250
kind: List
metadata:
  resourceVersion: ""
`;
