import { reactive } from 'vue'
import { ElMessageBox } from 'element-plus'
import { isApiError } from '@/api/http'

/**
 * Field errors a 400 problem carried, keyed by field name, for `<el-form-item :error="errors.x">`.
 * `capture` returns true when the error was an API error (already shown to the user by the interceptor).
 */
export function useFieldErrors() {
  const errors = reactive<Record<string, string>>({})

  function clear(): void {
    for (const key of Object.keys(errors)) delete errors[key]
  }

  function capture(e: unknown): boolean {
    clear()
    if (!isApiError(e)) return false
    Object.assign(errors, e.fieldErrors)
    return true
  }

  return { errors, clear, capture }
}

/** Tells the user a record changed under them (409) and that the page now shows the fresh copy. */
export function notifyStale(): Promise<unknown> {
  return ElMessageBox.alert('该记录已被其他人修改，页面已刷新为最新数据，请核对后重新操作。', '数据已变更', {
    type: 'warning',
    confirmButtonText: '知道了',
  }).catch(() => undefined)
}

/**
 * Whether a write was refused because the record changed since it was read (409 `concurrent-modification`).
 * Other 409s (e.g. `duplicate`) are ordinary errors the user fixes in the form.
 */
export function isStale(e: unknown): boolean {
  return isApiError(e) && e.status === 409 && (e.slug === undefined || e.slug === 'concurrent-modification')
}

/** Password rule shared by change/reset/create: at least 8 characters with letters and digits. */
export function passwordProblem(value: string): string | null {
  if (!value || value.length < 8) return '密码至少 8 位'
  if (!/[A-Za-z]/.test(value) || !/\d/.test(value)) return '密码须同时包含字母和数字'
  return null
}

export const passwordRule = {
  validator: (_rule: unknown, value: string, callback: (e?: Error) => void) => {
    const problem = passwordProblem(value)
    if (problem) callback(new Error(problem))
    else callback()
  },
  trigger: 'blur',
}
