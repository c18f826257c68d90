import axios, { AxiosError, type AxiosRequestConfig } from 'axios'
import { ElMessage } from 'element-plus'
import type { ProblemDetail } from './types'

declare module 'axios' {
  interface AxiosRequestConfig {
    /** do not toast the problem; the caller shows it itself */
    silent?: boolean
    /** a 401 is an expected answer (e.g. probing the session); do not route to the login page */
    skipAuthRedirect?: boolean
  }
}

/** Error thrown by every API call: the HTTP status, the server's problem and its field errors by field name. */
export class ApiError extends Error {
  readonly status: number
  readonly problem: ProblemDetail
  readonly fieldErrors: Record<string, string>

  constructor(status: number, problem: ProblemDetail) {
    super(problem.detail || problem.title || `请求失败（HTTP ${status}）`)
    this.name = 'ApiError'
    this.status = status
    this.problem = problem
    this.fieldErrors = {}
    for (const e of problem.errors ?? []) {
      if (e.field && !(e.field in this.fieldErrors)) this.fieldErrors[e.field] = e.message
    }
  }

  get slug(): string | undefined {
    return this.problem.type?.startsWith('urn:zhifa:problem:') ? this.problem.type.substring(18) : undefined
  }
}

export function isApiError(e: unknown): e is ApiError {
  return e instanceof ApiError
}

export const http = axios.create({
  baseURL: '',
  withCredentials: true,
  // axios' defaults, spelled out: Spring Security's CookieCsrfTokenRepository uses these names.
  xsrfCookieName: 'XSRF-TOKEN',
  xsrfHeaderName: 'X-XSRF-TOKEN',
  timeout: 60_000,
  headers: { Accept: 'application/json, application/problem+json' },
})

const CSRF_COOKIE = 'XSRF-TOKEN'
const SAFE_METHODS = ['get', 'head', 'options']

function hasCsrfCookie(): boolean {
  return document.cookie.split(';').some((c) => c.trim().startsWith(`${CSRF_COOKIE}=`))
}

let priming: Promise<void> | null = null

/** GET /api/auth/csrf: makes the server set the XSRF-TOKEN cookie (needed before the first POST). */
export function primeCsrf(): Promise<void> {
  priming ??= http
    .get('/api/auth/csrf', { silent: true, skipAuthRedirect: true })
    .then(() => undefined)
    .finally(() => {
      priming = null
    })
  return priming
}

// The server rotates the token at login and logout; make sure a cookie exists before any state-changing call.
http.interceptors.request.use(async (config) => {
  const method = (config.method ?? 'get').toLowerCase()
  if (!SAFE_METHODS.includes(method) && config.url !== '/api/auth/csrf' && !hasCsrfCookie()) {
    await primeCsrf().catch(() => undefined)
  }
  return config
})

type SessionHandler = () => void
let onUnauthorized: SessionHandler = () => undefined
let onPasswordChangeRequired: SessionHandler = () => undefined

/** Called when the server answers 401 to an ordinary call: the session is gone. */
export function setUnauthorizedHandler(handler: SessionHandler): void {
  onUnauthorized = handler
}

/** Called when the server refuses a call until the user has changed an initial or reset password (403). */
export function setPasswordChangeRequiredHandler(handler: SessionHandler): void {
  onPasswordChangeRequired = handler
}

function toProblem(error: AxiosError): ProblemDetail {
  const data = error.response?.data
  if (data && typeof data === 'object' && ('title' in data || 'detail' in data)) {
    return data as ProblemDetail
  }
  const status = error.response?.status
  return { status, title: status ? `请求失败（HTTP ${status}）` : '无法连接服务器，请检查网络' }
}

http.interceptors.response.use(
  (response) => response,
  (error: unknown) => {
    if (!axios.isAxiosError(error)) return Promise.reject(error)
    const config: AxiosRequestConfig = error.config ?? {}
    const status = error.response?.status ?? 0
    const problem = toProblem(error)
    const apiError = new ApiError(status, problem)
    if (status === 401 && !config.skipAuthRedirect) {
      onUnauthorized()
    } else if (status === 403 && apiError.slug === 'password-change-required') {
      onPasswordChangeRequired()
    } else if (!config.silent) {
      ElMessage.error({ message: problem.detail || problem.title || apiError.message, grouping: true })
    }
    return Promise.reject(apiError)
  },
)

/** Drops empty filter values so they are not sent as `?q=`. */
export function cleanParams<T extends object>(params: T): Partial<T> {
  const out: Partial<T> = {}
  for (const [k, v] of Object.entries(params) as [keyof T, T[keyof T]][]) {
    if (v !== undefined && v !== null && v !== '') out[k] = v
  }
  return out
}
