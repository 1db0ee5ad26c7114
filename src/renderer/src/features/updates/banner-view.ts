import type { UpdateStatus } from '../../../../shared/updates'

/** What the update banner shows: the downloaded version, and whether "Restart now" must wait for an upload. */
export interface BannerView {
  readonly version: string
  readonly waitForUploads: boolean
}

/**
 * The banner appears only once an update is downloaded and ready: checking,
 * downloading and failures stay out of the way (the person has nothing to do
 * about them). While an upload runs, "Restart now" waits.
 */
export function bannerView(status: UpdateStatus, activeUploads: number): BannerView | null {
  if (status.state !== 'ready') return null
  return { version: status.version, waitForUploads: activeUploads > 0 }
}
