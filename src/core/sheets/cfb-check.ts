import { SheetError } from './errors'

// Sector ids at or above this are markers (free, end of chain, FAT, DIFAT), never real sectors.
const MAX_REGULAR_SECTOR = 0xfffffffa
const HEADER_DIFAT_SLOTS = 109

function u32(b: Uint8Array, at: number): number {
  if (at + 4 > b.length) throw new SheetError('sheet.truncated')
  return ((b[at] as number) | ((b[at + 1] as number) << 8) | ((b[at + 2] as number) << 16)) + (b[at + 3] as number) * 0x1000000
}

/** Sector n starts one sector-size in, after the header (which is padded to a full sector). */
function sectorOffset(sector: number, size: number): number {
  return (sector + 1) * size
}

/** The FAT's own sector ids: up to 109 in the header, the rest in a chained list of DIFAT sectors. */
function fatSectorIds(b: Uint8Array, size: number): number[] {
  const fatCount = u32(b, 0x2c)
  if (fatCount * size > b.length) throw new SheetError('sheet.truncated')
  const ids: number[] = []
  for (let i = 0; i < HEADER_DIFAT_SLOTS && ids.length < fatCount; i++) {
    const id = u32(b, 0x4c + 4 * i)
    if (id < MAX_REGULAR_SECTOR) ids.push(id)
  }
  let next = u32(b, 0x44)
  const difatCount = u32(b, 0x48)
  for (let hops = 0; ids.length < fatCount && next < MAX_REGULAR_SECTOR; hops++) {
    if (hops >= difatCount) throw new SheetError('sheet.corrupt')
    const at = sectorOffset(next, size)
    if (at + size > b.length) throw new SheetError('sheet.truncated')
    for (let j = 0; j < size / 4 - 1 && ids.length < fatCount; j++) {
      const id = u32(b, at + 4 * j)
      if (id < MAX_REGULAR_SECTOR) ids.push(id)
    }
    next = u32(b, at + size - 4)
  }
  return ids
}

/**
 * Detects a cut-short .xls (an interrupted download or copy) before parsing:
 * every sector the allocation table or header points at must be present. SheetJS
 * otherwise may "succeed" with sheets silently missing. Reads only the header
 * and the allocation table. (Free slots cannot be trusted to mark the end:
 * SheetJS's own writer fills them with end-of-chain, not free.)
 */
export function checkCfbComplete(b: Uint8Array): void {
  if (b.length < 512) throw new SheetError('sheet.truncated')
  const shift = (b[0x1e] as number) | ((b[0x1f] as number) << 8)
  if (shift !== 9 && shift !== 12) throw new SheetError('sheet.corrupt')
  const size = 1 << shift
  const fat = fatSectorIds(b, size)
  let highest = Math.max(-1, ...fat)
  for (const start of [u32(b, 0x30), u32(b, 0x3c), u32(b, 0x44)]) {
    if (start < MAX_REGULAR_SECTOR) highest = Math.max(highest, start)
  }
  for (const id of fat) {
    const at = sectorOffset(id, size)
    if (at + size > b.length) throw new SheetError('sheet.truncated')
    for (let j = 0; j < size / 4; j++) {
      const next = u32(b, at + 4 * j)
      if (next < MAX_REGULAR_SECTOR && next > highest) highest = next
    }
  }
  // Some writers leave the final sector short, so only demand that it begins; the worker checks stream lengths.
  if (highest >= 0 && b.length <= sectorOffset(highest, size)) throw new SheetError('sheet.truncated')
}
