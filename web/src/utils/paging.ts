import { reactive, ref, shallowRef } from 'vue'
import type { Page } from '@/api/types'

/**
 * State of a server-paged table: `page` is 1-based for el-pagination and converted to the API's 0-based page.
 * `load` ignores answers to superseded requests.
 */
export function usePagedList<T>(fetch: (page: number, size: number) => Promise<Page<T>>, initialSize = 20) {
  const items = shallowRef<T[]>([])
  const loading = ref(false)
  const pager = reactive({ page: 1, size: initialSize, total: 0 })
  let ticket = 0

  async function load(): Promise<void> {
    const mine = ++ticket
    loading.value = true
    try {
      const result = await fetch(pager.page - 1, pager.size)
      if (mine !== ticket) return
      items.value = result.items
      pager.total = result.total
    } catch {
      if (mine === ticket) items.value = []
    } finally {
      if (mine === ticket) loading.value = false
    }
  }

  /** Back to page 1 (after changing the filters) and load. */
  function search(): Promise<void> {
    pager.page = 1
    return load()
  }

  return { items, loading, pager, load, search }
}
