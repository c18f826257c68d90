import { ref, shallowRef } from 'vue'
import { defineStore } from 'pinia'
import { unitApi, type UnitKind, type UnitNode } from '@/api/units'
import { officerApi } from '@/api/officers'
import type { CodeName } from '@/api/types'
import { P } from '@/utils/permissions'
import { useAuthStore } from './auth'

/** Look-up data several pages share, fetched once and refreshed on demand (the unit tree after a change). */
export const useReferenceStore = defineStore('reference', () => {
  const unitTree = shallowRef<UnitNode[]>([])
  const unitTreeLoading = ref(false)
  const unitKinds = shallowRef<CodeName<UnitKind>[]>([])
  const officerRoles = shallowRef<CodeName[]>([])

  let unitTreeRequest: Promise<UnitNode[]> | null = null
  let unitTreeLoaded = false

  /** The units in the caller's scope; empty without `unit:read` (the tree endpoint would answer 403). */
  async function loadUnitTree(force = false): Promise<UnitNode[]> {
    if (!useAuthStore().can(P.UNIT_READ)) return []
    if (unitTreeLoaded && !force) return unitTree.value
    unitTreeRequest ??= (async () => {
      unitTreeLoading.value = true
      try {
        unitTree.value = await unitApi.tree()
        unitTreeLoaded = true
        return unitTree.value
      } finally {
        unitTreeLoading.value = false
        unitTreeRequest = null
      }
    })()
    return unitTreeRequest
  }

  async function loadUnitKinds(): Promise<CodeName<UnitKind>[]> {
    if (unitKinds.value.length === 0) unitKinds.value = await unitApi.kinds()
    return unitKinds.value
  }

  async function loadOfficerRoles(): Promise<CodeName[]> {
    if (officerRoles.value.length === 0) officerRoles.value = await officerApi.roles()
    return officerRoles.value
  }

  function reset(): void {
    unitTree.value = []
    unitTreeLoaded = false
    unitKinds.value = []
    officerRoles.value = []
  }

  return { unitTree, unitTreeLoading, unitKinds, officerRoles, loadUnitTree, loadUnitKinds, loadOfficerRoles, reset }
})
