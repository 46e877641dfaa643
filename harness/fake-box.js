// @ts-check
// The fake Box API the tests, the demo and the benchmark share: see fake-box/server.js.
export { startFakeBox } from './fake-box/server.js'
export { clientError, JWT_AUDIENCE, SUCCESS_MESSAGE } from './fake-box/endpoints.js'
export {
  FAKE_ENTERPRISE,
  generatedLogin,
  GENERATED_USER_BASE,
  GENERATED_GROUP_BASE,
  PARTNER_ENTERPRISE
} from './fake-box/directory.js'
