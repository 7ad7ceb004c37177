{{/*
The release's objects are named after the release (e.g. "pdv-unit-duk-01"), not "<release>-<chart>": the province
installs one release per committee, and the secrets it creates beforehand are named after it (see helm/README.md).
*/}}
{{- define "unit.fullname" -}}
{{- default .Release.Name .Values.fullnameOverride | trunc 63 | trimSuffix "-" -}}
{{- end -}}

{{- define "unit.selectorLabels" -}}
app.kubernetes.io/name: {{ .Chart.Name }}
app.kubernetes.io/instance: {{ .Release.Name }}
{{- end -}}

{{- define "unit.labels" -}}
{{ include "unit.selectorLabels" . }}
app.kubernetes.io/version: {{ .Chart.AppVersion | quote }}
app.kubernetes.io/component: unit-service
app.kubernetes.io/part-of: pdv
app.kubernetes.io/managed-by: {{ .Release.Service }}
helm.sh/chart: {{ printf "%s-%s" .Chart.Name .Chart.Version | replace "+" "_" }}
{{- end -}}

{{/* The committee's unit code, as its events and Kafka ACLs spell it. */}}
{{- define "unit.committee" -}}
{{- required "committee.code is required: the committee's unit code, as its events carry it, e.g. DUK-01" .Values.committee.code -}}
{{- end -}}

{{/* The committee's code as a DNS label, for default names: DUK-01 -> duk-01. */}}
{{- define "unit.committeeSlug" -}}
{{- include "unit.committee" . | lower | replace "_" "-" | replace "." "-" -}}
{{- end -}}

{{/* Tag or digest; a digest pins the image even when a tag is given too. */}}
{{- define "unit.image" -}}
{{- $tag := default .Chart.AppVersion .Values.image.tag -}}
{{- if .Values.image.digest -}}
{{- printf "%s:%s@%s" .Values.image.repository $tag .Values.image.digest -}}
{{- else -}}
{{- printf "%s:%s" .Values.image.repository $tag -}}
{{- end -}}
{{- end -}}

{{/* A secret the province created beforehand: the one named in values, or "<fullname>-<purpose>". */}}
{{- define "unit.secretName" -}}
{{- $root := index . 0 -}}
{{- $named := index . 1 -}}
{{- $purpose := index . 2 -}}
{{- default (printf "%s-%s" (include "unit.fullname" $root) $purpose) $named -}}
{{- end -}}

{{- define "unit.serviceAccountName" -}}
{{- if .Values.serviceAccount.create -}}
{{- default (include "unit.fullname" .) .Values.serviceAccount.name -}}
{{- else -}}
{{- default "default" .Values.serviceAccount.name -}}
{{- end -}}
{{- end -}}

{{- define "unit.saslEnabled" -}}
{{- if hasPrefix "SASL_" .Values.kafka.securityProtocol -}}true{{- end -}}
{{- end -}}
