/** Address keys shown in the createProfile example (§2.2, seed 002). */
export const OCC_ADDRESS_KEYS = [
  'firstName', 'middleName', 'lastName', 'prefix', 'suffix', 'alias', 'companyName', 'jobTitle',
  'address1', 'address2', 'address3', 'city', 'county', 'state', 'selectedState', 'state_ISOCode',
  'country', 'selectedCountry', 'defaultCountryCode', 'postalCode', 'phoneNumber', 'faxNumber'
] as const

/** One shipping address from a spreadsheet row; sent with isDefaultAddress: true. */
export type OccAddress = Readonly<Partial<Record<(typeof OCC_ADDRESS_KEYS)[number], string>>>

/** A dynamic (custom) profile property value, sent as a top-level key (§2.1). */
export type DynamicValue = string | number | boolean

/** One customer to create (§2.2). The password is never logged, reported or returned. */
export interface CustomerInput {
  readonly email: string
  readonly firstName: string
  readonly lastName: string
  readonly password: string
  /** "yes"/"no" on the wire; a boolean is converted. */
  readonly receiveEmail: 'yes' | 'no' | boolean
  /** Defaults to the email on the server side. */
  readonly login?: string
  readonly gender?: string
  readonly dateOfBirth?: string
  readonly address?: OccAddress
  readonly dynamicProperties?: Readonly<Record<string, DynamicValue>>
}

/** What a successful create returns: only the new profile id (never the password). */
export interface CreatedProfile {
  readonly id: string
}

/** The fields of an existing profile reconciliation needs (§2.5). */
export interface OccProfileSummary {
  readonly id: string
  readonly email: string | undefined
  readonly login: string | undefined
  readonly firstName: string | undefined
  readonly lastName: string | undefined
}
