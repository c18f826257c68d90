import { http } from './http'
import type { Id, Page, PageQuery } from './types'

/** docs/api.md § Workbench */
export type TaskLevel = 'NORMAL' | 'DUE_SOON' | 'OVERDUE'

export interface Assignee {
  officerId: Id
  name: string
}

export interface WorkbenchTask {
  clockId: Id
  label: string
  subjectType: string
  subjectId: Id
  caseId: Id | null
  caseLabel: string
  unitId: Id
  assignees: Assignee[]
  ruleCode: string
  basis: string
  startedAt: string
  warnAt: string
  dueAt: string
  dueAtText: string
  level: TaskLevel | null
  levelLabel: string | null
  done: boolean
  doneAt: string | null
  doneReason: string | null
  metLate: boolean
}

export interface TaskSummary {
  overdue: number
  dueSoon: number
  normal: number
  open: number
  doneToday: number
  at: string
}

export interface TaskQuery extends PageQuery {
  level?: TaskLevel
  includeDoneToday?: boolean
}

export interface UnitTaskQuery extends PageQuery {
  level?: TaskLevel
  officerId?: Id
}

/** An alarm another module raised (e.g. the 办案中心's 无人看管), open until that module clears it. */
export interface WorkbenchAlert {
  source: string
  alertId: Id
  title: string
  detail: string
  unitId: Id
  caseId: Id | null
  link: string
  raisedAt: string
  clearedAt: string | null
  clearedBy: string | null
}

export const workbenchApi = {
  async alerts(includeClearedToday: boolean): Promise<WorkbenchAlert[]> {
    return (await http.get<WorkbenchAlert[]>('/api/workbench/alerts', { params: { includeClearedToday } })).data
  },
  async tasks(query: TaskQuery): Promise<Page<WorkbenchTask>> {
    return (await http.get<Page<WorkbenchTask>>('/api/workbench/tasks', { params: query })).data
  },
  async summary(): Promise<TaskSummary> {
    return (await http.get<TaskSummary>('/api/workbench/summary')).data
  },
  async unitTasks(query: UnitTaskQuery): Promise<Page<WorkbenchTask>> {
    return (await http.get<Page<WorkbenchTask>>('/api/workbench/unit-tasks', { params: query })).data
  },
}
