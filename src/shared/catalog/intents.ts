import type { TargetCatalog } from './types'

/*
 * NCLUE Shopping Intent create (seeds 000/001, contracts §1.7). The API takes
 * `task_id`; a sheet may name the task instead (`task_name`), which the app
 * looks up in the task list before sending. Each row gives exactly one.
 */

/** POST /profile/shopping-intents: a name (1–100 characters) and one task, by id or by name. */
export const INTENTS_CREATE_CATALOG: TargetCatalog = {
  target: 'intents:create',
  service: 'nclue',
  label: { ko: '쇼핑 의도 프로필 생성', en: 'Create shopping-intent profiles' },
  fields: [
    {
      name: 'name',
      label: { ko: '프로필명', en: 'Profile name' },
      required: true,
      type: 'text',
      maxLength: 100,
      help: {
        ko: '만들 프로필의 이름입니다 (1~100자). 이미 있는 이름은 쓸 수 없습니다.',
        en: 'Name of the profile to create (1–100 characters). A name that already exists cannot be used again.'
      }
    },
    {
      name: 'task_id',
      label: { ko: '태스크 ID', en: 'Task ID' },
      required: false,
      type: 'text',
      help: {
        ko: '프로파일링에 쓸 태스크의 ID입니다 (예: 3179664c-…). 행마다 태스크 ID와 태스크 이름 중 하나만 적습니다.',
        en: 'ID of the task to profile with (e.g. 3179664c-…). Each row gives either the task ID or the task name, not both.'
      }
    },
    {
      name: 'task_name',
      label: { ko: '태스크 이름', en: 'Task name' },
      required: false,
      type: 'text',
      help: {
        ko: 'ID 대신 태스크 이름을 적으면 앱이 NCLUE 태스크 목록에서 ID를 찾아 보냅니다. 행마다 태스크 ID와 태스크 이름 중 하나만 적습니다.',
        en: "Instead of the ID you can write the task's name; the app looks up its ID in NCLUE's task list. Each row gives either the task ID or the task name, not both."
      }
    }
  ],
  extras: null,
  requiresOneOf: [['task_id', 'task_name']]
}
