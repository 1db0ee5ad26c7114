import type { Messages } from '../en'

/** Korean text: services. */
export const services: Messages['services'] = {
  omnicommerce: 'OMNICOMMERCE 상품',
  occ: 'Oracle Commerce Cloud 고객',
  nclue: 'NCLUE 쇼핑 의도'
}
