import { SERVICES, type ServiceId } from './targets'

/** The id of a service's practice connection (the built-in emulator): the same on every install. */
export function practiceId(service: ServiceId): string {
  return `practice-${service}`
}

/** The service of a practice connection id, or null for any other id: lets the screen name it in its own language. */
export function practiceServiceOf(id: string): ServiceId | null {
  return SERVICES.find((service) => practiceId(service) === id) ?? null
}
