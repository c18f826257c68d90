/** Shapes shared by every endpoint (docs/api.md). */

/** Record ids are UUIDs, sent and received as strings. */
export type Id = string

/** A page of a list: `page` is 0-based. */
export interface Page<T> {
  items: T[]
  total: number
  page: number
  size: number
}

export interface PageQuery {
  page?: number
  size?: number
}

export interface CodeName<C extends string = string> {
  code: C
  name: string
}

/** RFC 9457 problem, as every error response carries it. */
export interface ProblemDetail {
  type?: string
  title?: string
  status?: number
  detail?: string
  instance?: string
  errors?: FieldError[]
}

export interface FieldError {
  field: string
  message: string
}

/** Body of the state-changing calls that only need the optimistic-lock version and a reason. */
export interface ReasonedChange {
  reason: string
  version: number
}
