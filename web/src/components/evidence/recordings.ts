import type { Recording } from '@/api/evidence'

/** A byte count as a person reads it: 1.5 GB, 320 KB. */
export function formatSize(bytes: number): string {
  const units = ['B', 'KB', 'MB', 'GB', 'TB']
  let v = bytes
  let i = 0
  while (v >= 1024 && i < units.length - 1) {
    v /= 1024
    i++
  }
  return `${i === 0 ? v : v.toFixed(1)} ${units[i]}`
}

/** A recording's length: 1小时05分 or 12分30秒. */
export function formatDuration(r: Pick<Recording, 'startedAt' | 'endedAt'>): string {
  const s = Math.round((Date.parse(r.endedAt) - Date.parse(r.startedAt)) / 1000)
  const h = Math.floor(s / 3600)
  const m = Math.floor((s % 3600) / 60)
  const sec = s % 60
  return h > 0 ? `${h}小时${String(m).padStart(2, '0')}分` : `${m}分${String(sec).padStart(2, '0')}秒`
}

/** How a link was made, in one tag text. */
export function linkMethod(r: Recording): string {
  if (!r.link) return r.status === 'NOT_CASE_RELATED' ? '非涉案' : '待关联'
  return r.link.automatic ? (r.link.borderline ? '自动（临界）' : '自动') : '人工'
}

export function statusTagType(r: Recording): 'success' | 'warning' | 'info' {
  if (r.status === 'LINKED') return r.link?.borderline ? 'warning' : 'success'
  return r.status === 'UNMATCHED' ? 'warning' : 'info'
}
