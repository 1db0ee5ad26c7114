// Frozen from b1cea31:src/core/mapping/header-synonyms/intents.ts for bench figure 8's baseline; see auto-map.ts here. Do not update.
import type { HeaderVocabulary } from './types'

/** Column headers for NCLUE shopping-intent profile fields (Korean and English). */
export const INTENT_HEADERS: HeaderVocabulary = {
  synonyms: [
    ['name', ['프로필 이름', '프로필', '이름', '프로필명칭', 'profile name', 'profile', 'title']],
    ['task_id', ['태스크ID', '태스크 아이디', '작업 ID', 'task id', 'taskid']],
    ['task_name', ['태스크', '태스크명', '작업', '작업명', '작업 이름', 'task', 'task name']]
  ],
  notFields: ['비고', '메모', '설명', 'description', 'note', 'notes']
}
