const ACTION_NAME = 'terminate-box-sessions'
export const ACTION_VERSION = '1.0.0'
export const USER_AGENT = `${ACTION_NAME}/${ACTION_VERSION} (+https://github.com/marketplace/actions/terminate-box-sessions)`
/** The start of the name of each folder the action writes its files in. */
export const OUTPUT_FOLDER_PREFIX = `${ACTION_NAME}-`
