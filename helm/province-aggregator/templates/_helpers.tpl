{{/*
The release's objects are named after the release (e.g. "pdv-aggregator"), not "<release>-<chart>": the province
names one release per service, and the secrets it creates beforehand are named after it (see helm/README.md).
*/}}
{{- define "aggregator.fullname" -}}
{{- default .Release.Name .Values.fullnameOverride | trunc 63 | trimSuffix "-" -}}
{{- end -}}

{{- define "aggregator.selectorLabels" -}}
app.kubernetes.io/name: {{ .Chart.Name }}
app.kubernetes.io/instance: {{ .Release.Name }}
{{- end -}}

{{- define "aggregator.labels" -}}
{{ include "aggregator.selectorLabels" . }}
app.kubernetes.io/version: {{ .Chart.AppVersion | quote }}
app.kubernetes.io/component: aggregator
app.kubernetes.io/part-of: pdv
app.kubernetes.io/managed-by: {{ .Release.Service }}
helm.sh/chart: {{ printf "%s-%s" .Chart.Name .Chart.Version | replace "+" "_" }}
{{- end -}}

{{/* Tag or digest; a digest pins the image even when a tag is given too. */}}
{{- define "aggregator.image" -}}
{{- $tag := default .Chart.AppVersion .Values.image.tag -}}
{{- if .Values.image.digest -}}
{{- printf "%s:%s@%s" .Values.image.repository $tag .Values.image.digest -}}
{{- else -}}
{{- printf "%s:%s" .Values.image.repository $tag -}}
{{- end -}}
{{- end -}}

{{/* A secret the province created beforehand: the one named in values, or "<fullname>-<purpose>". */}}
{{- define "aggregator.secretName" -}}
{{- $root := index . 0 -}}
{{- $named := index . 1 -}}
{{- $purpose := index . 2 -}}
{{- default (printf "%s-%s" (include "aggregator.fullname" $root) $purpose) $named -}}
{{- end -}}

{{- define "aggregator.serviceAccountName" -}}
{{- if .Values.serviceAccount.create -}}
{{- default (include "aggregator.fullname" .) .Values.serviceAccount.name -}}
{{- else -}}
{{- default "default" .Values.serviceAccount.name -}}
{{- end -}}
{{- end -}}

{{- define "aggregator.saslEnabled" -}}
{{- if hasPrefix "SASL_" .Values.kafka.securityProtocol -}}true{{- end -}}
{{- end -}}
