import { z } from 'zod'
import type { AppInfo, Settings } from '../../app-types'
import { answers } from './define'

/** The app itself and its non-secret settings. */
export const APP_CHANNELS = {
  'app:info': { request: z.undefined(), response: answers<AppInfo>() },
  'settings:get': { request: z.undefined(), response: answers<Settings>() },
  'settings:update': {
    request: z.strictObject({ language: z.enum(['ko', 'en', 'system']).optional() }),
    response: answers<Settings>()
  }
} as const

/** Events about the app's settings. */
export const APP_EVENTS = {
  'settings:changed': answers<Settings>()
} as const
