import { computed, ref } from 'vue'
import { defineStore } from 'pinia'
import { authApi, type Me } from '@/api/auth'
import { isApiError } from '@/api/http'
import { useReferenceStore } from './reference'

/** The signed-in account (GET /api/auth/me) and what it may do. */
export const useAuthStore = defineStore('auth', () => {
  const me = ref<Me | null>(null)
  /** whether the session has been asked about since the page loaded */
  const checked = ref(false)

  const loggedIn = computed(() => me.value !== null)
  const permissionCodes = computed(() => new Set((me.value?.permissions ?? []).map((p) => p.code)))

  function can(code: string): boolean {
    return permissionCodes.value.has(code)
  }

  /** Asks the server who is signed in; null when nobody is. Other failures propagate. */
  async function refresh(): Promise<Me | null> {
    try {
      me.value = await authApi.me()
    } catch (e) {
      if (isApiError(e) && e.status === 401) me.value = null
      else throw e
    } finally {
      checked.value = true
    }
    return me.value
  }

  async function ensureChecked(): Promise<void> {
    if (!checked.value) await refresh()
  }

  async function login(username: string, password: string): Promise<Me> {
    const result = await authApi.login(username, password)
    useReferenceStore().reset()
    me.value = result
    checked.value = true
    // the server rotates the CSRF token at login; fetch the new one before the first state-changing call
    await authApi.csrf().catch(() => undefined)
    return result
  }

  async function logout(): Promise<void> {
    try {
      await authApi.logout()
    } finally {
      forget()
    }
  }

  /** Drops the local idea of the session (after logout or a 401). */
  function forget(): void {
    useReferenceStore().reset()
    me.value = null
    checked.value = true
  }

  return { me, checked, loggedIn, can, refresh, ensureChecked, login, logout, forget }
})
