import type { ReasonTexts } from './types'

/** NCLUE answers to a create (§1.5), keyed by the NCLUE client's reasons and our own codes. */
export const NCLUE_REASON_TEXTS: ReasonTexts = {
  'name-too-long': {
    en: 'The profile name is too long — shorten it (at most 100 characters; some accounts allow only 40)',
    ko: '프로필명이 너무 깁니다 — 줄여 주세요 (최대 100자, 계정에 따라 40자)'
  },
  'duplicate-name': {
    en: 'A profile with this name already exists — use a different name',
    ko: '같은 이름의 프로필이 이미 있습니다 — 다른 이름을 쓰세요'
  },
  'access-denied': {
    en: 'NCLUE refused access — check that the access key is allowed to use NCLUE',
    ko: 'NCLUE가 접근을 거부했습니다 — 이 액세스 키가 NCLUE를 쓸 수 있는지 확인해 주세요'
  },
  'task-not-found': {
    en: 'No NCLUE task has this name or ID — check the spelling, or use the task ID',
    ko: '이 이름이나 ID의 NCLUE 태스크가 없습니다 — 철자를 확인하거나 태스크 ID를 쓰세요'
  },
  'task-not-found-closest': {
    en: 'No NCLUE task has this name or ID — did you mean {detail}? Check the spelling, or use the task ID',
    ko: '이 이름이나 ID의 NCLUE 태스크가 없습니다 — 혹시 {detail}인가요? 철자를 확인하거나 태스크 ID를 쓰세요'
  },
  'task-ambiguous': {
    en: 'Several NCLUE tasks have this name — use the task ID instead',
    ko: '같은 이름의 NCLUE 태스크가 여러 개입니다 — 태스크 ID를 대신 쓰세요'
  },
  'profile-missing': {
    en: 'This profile is no longer in NCLUE (it may have been deleted) — send it again if you still need it',
    ko: '이 프로필이 NCLUE에 더 이상 없습니다 (삭제되었을 수 있습니다) — 필요하면 다시 보내 주세요'
  },
  'profiling-failed': {
    en: 'NCLUE could not build this profile — try again later',
    ko: 'NCLUE가 이 프로필을 만들지 못했습니다 — 잠시 후 다시 시도해 주세요'
  }
}
