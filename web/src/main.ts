import { createApp } from 'vue'
import { createPinia } from 'pinia'
import ElementPlus, { ElMessage } from 'element-plus'
import zhCn from 'element-plus/es/locale/lang/zh-cn'
import 'element-plus/dist/index.css'
import 'dayjs/locale/zh-cn'
import dayjs from 'dayjs'
import App from './App.vue'
import { router } from './router'
import { setPasswordChangeRequiredHandler, setUnauthorizedHandler } from './api/http'
import { useAuthStore } from './stores/auth'
import './styles/main.css'

dayjs.locale('zh-cn')

const app = createApp(App)
const pinia = createPinia()
app.use(pinia)
app.use(router)
app.use(ElementPlus, { locale: zhCn })

// A 401 on an ordinary call means the session expired: forget it and go to the login page, back here afterwards.
setUnauthorizedHandler(() => {
  const auth = useAuthStore(pinia)
  const wasSignedIn = auth.loggedIn
  auth.forget()
  if (wasSignedIn) ElMessage.warning({ message: '登录已失效，请重新登录', grouping: true })
  const current = router.currentRoute.value
  if (current.name !== 'login') {
    void router.replace({ name: 'login', query: { redirect: current.fullPath } })
  }
})

// An initial or reset password must be replaced before anything else (the server says so with a 403).
setPasswordChangeRequiredHandler(() => {
  const auth = useAuthStore(pinia)
  if (auth.me) auth.me = { ...auth.me, passwordChangeRequired: true }
  if (router.currentRoute.value.name !== 'password') {
    ElMessage.warning({ message: '请先修改初始密码', grouping: true })
    void router.replace({ name: 'password' })
  }
})

app.mount('#app')
