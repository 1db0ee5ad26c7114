/** English text: services. */
export const services = {
  omnicommerce: 'OMNICOMMERCE products',
  occ: 'Oracle Commerce Cloud customers',
  nclue: 'NCLUE shopping intents'
}
