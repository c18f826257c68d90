import { createRouter, createWebHistory, type RouteLocationRaw, type RouteRecordRaw } from 'vue-router'
import { useAuthStore } from '@/stores/auth'
import { P, type PermissionCode } from '@/utils/permissions'

declare module 'vue-router' {
  interface RouteMeta {
    /** reachable without a session */
    public?: boolean
    /** permission code the signed-in account needs */
    permission?: PermissionCode
    /** page title (also the browser tab title) */
    title?: string
  }
}

const routes: RouteRecordRaw[] = [
  {
    path: '/login',
    name: 'login',
    component: () => import('@/views/LoginView.vue'),
    meta: { public: true, title: '登录' },
  },
  {
    path: '/',
    component: () => import('@/components/AppLayout.vue'),
    children: [
      // 工作台 (workbench) is the landing page; it shows the former home cards below the tasks
      { path: '', name: 'home', component: () => import('@/views/WorkbenchView.vue'), meta: { title: '工作台' } },
      {
        path: 'units',
        name: 'units',
        component: () => import('@/views/UnitsView.vue'),
        meta: { title: '组织机构', permission: P.UNIT_READ },
      },
      {
        path: 'officers',
        name: 'officers',
        component: () => import('@/views/OfficersView.vue'),
        meta: { title: '民警管理', permission: P.OFFICER_READ },
      },
      {
        path: 'expiring-qualifications',
        name: 'expiring',
        component: () => import('@/views/ExpiringView.vue'),
        meta: { title: '资格到期提醒', permission: P.OFFICER_READ },
      },
      {
        path: 'accounts',
        name: 'accounts',
        component: () => import('@/views/AccountsView.vue'),
        meta: { title: '账号管理', permission: P.ACCOUNT_READ },
      },
      {
        path: 'roles',
        name: 'roles',
        component: () => import('@/views/RolesView.vue'),
        meta: { title: '角色与权限', permission: P.ROLE_READ },
      },
      {
        path: 'stalled-cases',
        name: 'stalled-cases',
        component: () => import('@/views/StalledCasesView.vue'),
        meta: { title: '挂案清理', permission: P.STALLED_CASE_READ },
      },
      {
        path: 'audit',
        name: 'audit',
        component: () => import('@/views/AuditView.vue'),
        meta: { title: '审计日志', permission: P.AUDIT_READ },
      },
      {
        path: 'calendar',
        name: 'calendar',
        component: () => import('@/views/CalendarView.vue'),
        meta: { title: '期限规则', permission: P.CALENDAR_READ },
      },
      {
        path: 'intake',
        name: 'intake',
        component: () => import('@/views/IntakeDeskView.vue'),
        meta: { title: '接处警', permission: P.INTAKE_READ },
      },
      {
        path: 'intake/acceptances/:id',
        name: 'acceptance',
        component: () => import('@/views/AcceptanceView.vue'),
        meta: { title: '受案详情', permission: P.INTAKE_READ },
      },
      {
        path: 'intake/acceptances/:id/receipt',
        name: 'acceptance-receipt',
        component: () => import('@/views/AcceptanceReceiptView.vue'),
        meta: { title: '受案回执', permission: P.INTAKE_READ },
      },
      {
        path: 'cases',
        name: 'cases',
        component: () => import('@/views/CasesView.vue'),
        meta: { title: '案件', permission: P.CASE_READ },
      },
      {
        path: 'cases/:id',
        name: 'case',
        component: () => import('@/views/CaseDetailView.vue'),
        meta: { title: '案件详情', permission: P.CASE_READ },
      },
      {
        path: 'cases/:id/dossier',
        name: 'case-dossier',
        component: () => import('@/views/DossierView.vue'),
        meta: { title: '电子卷宗', permission: P.DOSSIER_READ },
      },
      {
        path: 'documents',
        name: 'documents',
        component: () => import('@/views/DocumentsView.vue'),
        meta: { title: '法律文书', permission: P.DOCUMENT_READ },
      },
      {
        path: 'documents/:id',
        name: 'document',
        component: () => import('@/views/DocumentView.vue'),
        meta: { title: '法律文书', permission: P.DOCUMENT_READ },
      },
      {
        path: 'approvals',
        name: 'approvals',
        component: () => import('@/views/ApprovalsView.vue'),
        meta: { title: '审核审批', permission: P.APPROVAL_READ },
      },
      {
        path: 'approvals/:id',
        name: 'approval',
        component: () => import('@/views/ApprovalDetailView.vue'),
        meta: { title: '呈请详情', permission: P.APPROVAL_READ },
      },
      {
        path: 'approval-policies',
        name: 'approval-policies',
        component: () => import('@/views/ApprovalPoliciesView.vue'),
        meta: { title: '审批流程配置', permission: P.APPROVAL_READ },
      },
      {
        path: 'custody',
        name: 'custody-board',
        component: () => import('@/views/custody/CustodyBoardView.vue'),
        meta: { title: '办案中心', permission: P.CUSTODY_READ },
      },
      {
        path: 'custody/visits',
        name: 'custody-visits',
        component: () => import('@/views/custody/CustodyVisitsView.vue'),
        meta: { title: '入区记录查询', permission: P.CUSTODY_READ },
      },
      {
        path: 'custody/figures',
        name: 'custody-figures',
        component: () => import('@/views/custody/CustodyFiguresView.vue'),
        meta: { title: '办案中心统计', permission: P.CUSTODY_READ },
      },
      {
        path: 'custody/visits/:id',
        name: 'custody-visit',
        component: () => import('@/views/custody/CustodyVisitView.vue'),
        meta: { title: '入区档案', permission: P.CUSTODY_READ },
      },
      {
        path: 'recordings',
        name: 'recordings',
        component: () => import('@/views/evidence/RecordingsView.vue'),
        meta: { title: '视音频', permission: P.EVIDENCE_READ },
      },
      {
        path: 'recordings/:id',
        name: 'recording',
        component: () => import('@/views/evidence/RecordingView.vue'),
        meta: { title: '录像', permission: P.EVIDENCE_READ },
      },
      {
        path: 'property',
        name: 'property-store',
        component: () => import('@/views/property/PropertyStoreView.vue'),
        meta: { title: '涉案财物管理', permission: P.PROPERTY_READ },
      },
      {
        path: 'property/items/:id',
        name: 'property-item',
        component: () => import('@/views/property/PropertyItemView.vue'),
        meta: { title: '涉案财物', permission: P.PROPERTY_READ },
      },
      {
        path: 'document-verification',
        name: 'document-verification',
        component: () => import('@/views/DocumentVerificationView.vue'),
        meta: { title: '文书验真' },
      },
      {
        path: 'password',
        name: 'password',
        component: () => import('@/views/PasswordView.vue'),
        meta: { title: '修改密码' },
      },
      {
        path: '403',
        name: 'forbidden',
        component: () => import('@/views/ForbiddenView.vue'),
        meta: { title: '无权访问' },
      },
      {
        path: ':pathMatch(.*)*',
        name: 'not-found',
        component: () => import('@/views/NotFoundView.vue'),
        meta: { title: '页面不存在' },
      },
    ],
  },
]

export const router = createRouter({
  history: createWebHistory('/'),
  routes,
  scrollBehavior: () => ({ top: 0 }),
})

/** Only same-site paths are followed after login. */
export function safeRedirect(value: unknown): string {
  return typeof value === 'string' && value.startsWith('/') && !value.startsWith('//') && !value.startsWith('/login')
    ? value
    : '/'
}

router.beforeEach(async (to): Promise<RouteLocationRaw | boolean> => {
  const auth = useAuthStore()
  try {
    await auth.ensureChecked()
  } catch {
    // the server could not be asked (network, 5xx): treat as signed out; the login page shows the problem
  }
  if (to.meta.public) {
    return to.name === 'login' && auth.loggedIn && !auth.me?.passwordChangeRequired ? safeRedirect(to.query.redirect) : true
  }
  if (!auth.loggedIn) {
    return { name: 'login', query: to.fullPath === '/' ? {} : { redirect: to.fullPath } }
  }
  if (auth.me?.passwordChangeRequired && to.name !== 'password') {
    return { name: 'password' }
  }
  if (to.meta.permission && !auth.can(to.meta.permission)) {
    return { name: 'forbidden', query: { from: to.fullPath } }
  }
  return true
})

router.afterEach((to) => {
  document.title = to.meta.title ? `${to.meta.title} - 执法办案与监督平台` : '示范市公安局 执法办案与监督平台'
})
