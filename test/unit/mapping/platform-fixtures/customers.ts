import type { FixtureExpectation } from './types'

/**
 * Customer exports into OCC profiles. Address files describe a shipping
 * address, so their names are the recipient's (address.firstName…). A
 * password hash is never a password; a zip code is never the default flag.
 */
export const CUSTOMER_EXPECTATIONS: readonly FixtureExpectation[] = [
  {
    file: 'shopify/customers-export.csv',
    target: 'customers:create',
    headerRow: 0,
    dataFrom: 1,
    format: 'shopify-customers',
    fields: {
      'First Name': 'firstName',
      'Last Name': 'lastName',
      Email: 'email',
      'Accepts Email Marketing': 'receiveEmail',
      'Default Address Company': 'address.companyName',
      'Default Address Address1': 'address.address1',
      'Default Address Address2': 'address.address2',
      'Default Address City': 'address.city',
      'Default Address Province Code': 'address.state_ISOCode',
      'Default Address Country Code': 'address.country',
      'Default Address Zip': 'address.postalCode',
      'Default Address Phone': 'address.phoneNumber'
    },
    unscored: { Phone: 'the customer’s own phone; OCC keeps a phone only on the address, which has its own column' }
  },
  {
    file: 'magento2/customers-main.csv',
    target: 'customers:create',
    headerRow: 0,
    dataFrom: 1,
    format: 'magento2-customers',
    fields: {
      email: 'email',
      dob: 'dateOfBirth',
      firstname: 'firstName',
      gender: 'gender',
      lastname: 'lastName',
      password: 'password'
    }
    // password_hash and rp_token are hashes.
  },
  {
    file: 'magento2/customers-addresses.csv',
    target: 'customers:create',
    headerRow: 0,
    dataFrom: 1,
    format: 'magento2-addresses',
    fields: {
      _email: 'email',
      city: 'address.city',
      company: 'address.companyName',
      country_id: 'address.country',
      firstname: 'address.firstName',
      lastname: 'address.lastName',
      postcode: 'address.postalCode',
      region: 'address.state',
      street: 'address.address1',
      telephone: 'address.phoneNumber',
      _address_default_shipping_: 'address.isDefaultAddress'
    }
  },
  {
    file: 'prestashop/customers-import-sample.csv',
    target: 'customers:create',
    headerRow: 0,
    dataFrom: 1,
    format: 'prestashop-customers',
    fields: {
      'Email *': 'email',
      'Password *': 'password',
      'Birthday (yyyy-mm-dd)': 'dateOfBirth',
      'Last Name *': 'lastName',
      'First Name *': 'firstName',
      'Newsletter (0/1)': 'receiveEmail'
    }
    // PrestaShop's importer takes plain passwords; Opt-in is partner offers, not the newsletter; Titles ID holds 0/1/2.
  },
  {
    file: 'prestashop/addresses-import-sample.csv',
    target: 'customers:create',
    headerRow: 0,
    dataFrom: 1,
    format: 'prestashop-addresses',
    fields: {
      'Alias*': 'address.alias',
      'Customer e-mail*': 'email',
      Company: 'address.companyName',
      'Lastname*': 'address.lastName',
      'Firstname*': 'address.firstName',
      'Address 1*': 'address.address1',
      'Address 2': 'address.address2',
      'Zipcode*': 'address.postalCode',
      'City*': 'address.city',
      'Country*': 'address.country',
      State: 'address.state',
      Phone: 'address.phoneNumber'
    },
    unscored: { 'Mobile Phone': 'a second phone; the address keeps one' }
  },
  {
    // 고도몰5 회원 엑셀 sample (from Godomall's code): Korean titles, field codes, then Godomall's sample member.
    file: 'godomall/members-sample-from-code.csv',
    target: 'customers:create',
    headerRow: 0,
    dataFrom: 2,
    format: 'godomall-members',
    fields: {
      아이디: 'login',
      이름: 'fullName',
      비밀번호: 'password',
      성별: 'gender',
      생일: 'dateOfBirth',
      이메일: 'email',
      우편번호: 'address.postalCode',
      주소: 'address.address1',
      상세주소: 'address.address2',
      휴대폰: 'address.phoneNumber',
      메일수신동의: 'receiveEmail'
    },
    unscored: {
      전화번호: 'a second phone (landline); the address keeps one',
      회사명: 'a business member’s company name; the address’s company is defensible, but the business address is a separate 사업장주소'
    }
    // 비밀번호(암호화문자) is a hash; 회원 번호 is Godomall's number; SMS수신동의 is SMS, not e-mail; 사업장* is the business address.
  }
]
