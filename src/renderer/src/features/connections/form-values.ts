import type { ConnectionSummary, OccMode } from '../../../../shared/app-types'
import type { ConnectionChange, ConnectionDraft } from '../../../../shared/ipc/channels/connections'
import type { ServiceId } from '../../../../shared/targets'

/** Everything the connection form holds while it is open. Keys start empty, always. */
export interface FormValues {
  readonly service: ServiceId
  readonly name: string
  readonly baseUrl: string
  readonly occMode: OccMode
  readonly language: string
  readonly apiKey: string
  readonly appKey: string
  readonly accessKey: string
  readonly secretKey: string
}

/** The form's starting values: blank for a new connection, the saved settings (never keys) when editing. */
export function initialValues(editing: ConnectionSummary | null): FormValues {
  return {
    service: editing?.service ?? 'omnicommerce',
    name: editing?.name ?? '',
    baseUrl: editing?.baseUrl ?? '',
    occMode: editing?.occMode ?? 'admin',
    language: editing?.language ?? '',
    apiKey: '',
    appKey: '',
    accessKey: '',
    secretKey: ''
  }
}

/** The request for the main process: only the chosen service's fields; an id when editing. */
export function toRequest(values: FormValues, editingId: string | null): ConnectionDraft | ConnectionChange {
  const { name, baseUrl } = values
  const draft: ConnectionDraft =
    values.service === 'omnicommerce'
      ? { service: 'omnicommerce', name, baseUrl, apiKey: values.apiKey }
      : values.service === 'occ'
        ? { service: 'occ', name, baseUrl, occMode: values.occMode, language: values.language, appKey: values.occMode === 'admin' ? values.appKey : '' }
        : { service: 'nclue', name, baseUrl, accessKey: values.accessKey, secretKey: values.secretKey }
  return editingId === null ? draft : { ...draft, id: editingId }
}
