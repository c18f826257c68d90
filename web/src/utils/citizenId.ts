/**
 * 公民身份号码 (GB 11643-1999) checked in the browser before sending, with the same rules and wording as the server
 * (org.zhifa.shared.CitizenId): 18 characters, a province-level region prefix, a real birth date not in the future,
 * and the MOD 11-2 check character. Returns why the number is invalid, or null.
 */
const WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]
const CHECK = '10X98765432'
const PROVINCES = new Set([
  '11', '12', '13', '14', '15', '21', '22', '23', '31', '32', '33', '34', '35', '36', '37', '41', '42', '43', '44', '45',
  '46', '50', '51', '52', '53', '54', '61', '62', '63', '64', '65', '71', '81', '82', '83',
])

export function citizenIdProblem(text: string): string | null {
  const v = text.trim().toUpperCase()
  if (!/^[0-9]{17}[0-9X]$/.test(v)) return '公民身份号码须为18位：17位数字加1位校验码（数字或X）'
  if (!PROVINCES.has(v.substring(0, 2))) return `公民身份号码的地址码无效：${v.substring(0, 6)}`
  const y = Number(v.substring(6, 10))
  const m = Number(v.substring(10, 12))
  const d = Number(v.substring(12, 14))
  const birth = new Date(Date.UTC(y, m - 1, d))
  if (birth.getUTCFullYear() !== y || birth.getUTCMonth() !== m - 1 || birth.getUTCDate() !== d) {
    return `公民身份号码中的出生日期无效：${v.substring(6, 14)}`
  }
  if (y < 1900 || birth.getTime() > Date.now()) return `公民身份号码中的出生日期不合理：${v.substring(6, 14)}`
  let sum = 0
  for (let i = 0; i < 17; i++) sum += Number(v[i]) * WEIGHTS[i]
  if (v[17] !== CHECK[sum % 11]) return '公民身份号码校验码错误，请核对'
  return null
}
